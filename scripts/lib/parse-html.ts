import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close: () => Promise<void>;
}

/** Parses a page with happy-dom, scripts, stylesheets and navigation all switched off. */
export function parseHtml(html: string, url = 'https://example.jp/'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
