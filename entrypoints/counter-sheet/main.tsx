import { render } from 'preact';
import { buildCounterSheet, COUNTER_SHEETS, type CounterSheet, type CounterSheetKind, type SheetAddress } from '../../lib/procedures/counter-sheet';
import { loadProfile, ProfileLockedError } from '../../lib/vault/profile-store';
import { localizePage, t } from '../../lib/ui/i18n';
import { renderUnlockForm } from '../../lib/ui/unlock-form';
import { localIsoDate } from '../../lib/formats/calendar-day';

// A print-friendly sheet for the counter (転入届・転居届・転出届): the browser's print or "save as
// PDF". Nothing leaves the device.

function Box({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <tr data-row={id}>
      <th scope="row">{label}</th>
      <td class={value ? 'value' : 'value empty'}>{value || '\u00a0'}</td>
    </tr>
  );
}

function AddressRows({ prefix, address, id }: { prefix: string; address: SheetAddress; id: string }) {
  return (
    <>
      <Box id={`${id}-postal`} label={t('sheetPostal', prefix)} value={address.postalCode ? `〒${address.postalCode}` : ''} />
      <Box id={`${id}-address`} label={t('sheetAddress', prefix)} value={address.address} />
      <Box id={`${id}-building`} label={t('sheetBuilding', prefix)} value={address.building} />
    </>
  );
}

function Sheet({ sheet }: { sheet: CounterSheet }) {
  const moveLabel = t(`sheetMovedOn_${sheet.kind}`);
  const toLabel = t(sheet.kind === 'tenshutsu' ? 'sheetToPlanned' : 'sheetTo');
  return (
    <article class="sheet" aria-labelledby="sheet-title">
      <h1 id="sheet-title">{t(`sheetTitle_${sheet.kind}`)}</h1>
      <p class="screen-only hint">{t('sheetExplain')}</p>
      <table class="boxes">
        <tbody>
          <Box id="filed-on" label={t('sheetFiledOn')} value={sheet.filedOn} />
          <Box id="moved-on" label={moveLabel} value={sheet.movedOn} />
          <AddressRows id="new" prefix={toLabel} address={sheet.newAddress} />
          <AddressRows id="old" prefix={t('sheetFrom')} address={sheet.oldAddress} />
          <Box id="householder" label={t('sheetHouseholder')} value="" />
        </tbody>
      </table>
      <h2>{t('sheetMovers')}</h2>
      <table class="movers">
        <thead>
          <tr>
            <th scope="col">{t('sheetFurigana')}<br />{t('sheetName')}</th>
            <th scope="col">{t('sheetBirthDate')}</th>
            <th scope="col">{t('sheetGender')}</th>
            <th scope="col">{t('sheetRelationship')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.movers.map((p, i) => (
            <tr key={i} data-mover={i}>
              <td>
                <span class="furigana">{p.furigana}</span>
                <br />
                <span class="name">{p.name}</span>
              </td>
              <td>{p.birthDate}</td>
              <td>{p.gender}</td>
              <td>{p.relationship || (i === 0 ? t('sheetSelf') : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('sheetFiler')}</h2>
      <table class="boxes">
        <tbody>
          <Box id="filer-furigana" label={t('sheetFurigana')} value={sheet.filer.furigana} />
          <Box id="filer-name" label={t('sheetName')} value={sheet.filer.name} />
          <Box id="filer-phone" label={t('sheetPhone')} value={sheet.filer.phone} />
          <Box id="filer-signature" label={t('sheetSignature')} value="" />
        </tbody>
      </table>
    </article>
  );
}

function kindFromHash(): CounterSheetKind {
  const hash = location.hash.slice(1);
  return (COUNTER_SHEETS as readonly string[]).includes(hash) ? (hash as CounterSheetKind) : 'tennyu';
}

async function start(): Promise<void> {
  const root = document.getElementById('sheet')!;
  let profile;
  try {
    profile = await loadProfile();
  } catch (err) {
    if (!(err instanceof ProfileLockedError)) throw err;
    root.replaceChildren(renderUnlockForm(() => void start()));
    document.body.dataset.ready = 'true';
    return;
  }
  const draw = () => {
    const kind = kindFromHash();
    document.title = t(`sheetTitle_${kind}`);
    render(
      <>
        <nav class="screen-only sheet-nav" aria-label={t('sheetChoose')}>
          {COUNTER_SHEETS.map((k) => (
            <a key={k} href={`#${k}`} aria-current={k === kind ? 'page' : undefined}>{t(`sheetTitle_${k}`)}</a>
          ))}
          <button type="button" class="primary" onClick={() => window.print()}>{t('sheetPrint')}</button>
        </nav>
        <Sheet sheet={buildCounterSheet(kind, profile, localIsoDate())} />
      </>,
      root,
    );
  };
  root.replaceChildren();
  draw();
  window.addEventListener('hashchange', draw);
  document.body.dataset.ready = 'true';
}

localizePage();
void start();
