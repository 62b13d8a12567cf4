import DOMPurify from 'dompurify';

/**
 * Document HTML is sanitised before it touches the DOM: no script, no event handlers, no
 * frames, forms, styles or SVG, no `javascript:` URLs; images only from the webview's own
 * resource origin. The Content Security Policy (nonce-only scripts, no inline styles) is
 * the second wall.
 */
const FORBID_TAGS = ['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'template', 'video', 'audio', 'source', 'track', 'canvas', 'dialog', 'noscript'];
const FORBID_ATTR = ['style', 'srcset', 'action', 'formaction', 'ping', 'background', 'poster', 'tabindex', 'autofocus', 'contenteditable'];

let resourceBase = '';
let hooked = false;

function installHooks() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'src' && node.nodeName === 'IMG' && !(resourceBase && data.attrValue.startsWith(resourceBase))) {
      data.keepAttr = false;
    }
    // The preview's own classes start with `ui-`: content may not borrow them.
    if (data.attrName === 'class') {
      data.attrValue = data.attrValue
        .split(/\s+/)
        .filter((c) => c && !c.startsWith('ui-'))
        .join(' ');
    }
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') node.setAttribute('rel', 'noopener noreferrer');
  });
}

/** Sanitises HTML rendered from a document into a fragment ready to insert. */
export function sanitize(html: string, base: string): DocumentFragment {
  installHooks();
  resourceBase = base;
  return DOMPurify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: true,
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DocumentFragment;
}
