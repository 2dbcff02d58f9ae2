import { strict as assert } from 'node:assert';
import { previewCsp, previewHtml } from '../../client/src/preview/html';

describe('preview webview HTML', () => {
  const options = { scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js', styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css', cspSource: 'https://*.vscode-cdn.net', nonce: 'abc123XYZ' };
  const html = previewHtml(options);

  it('sets a strict CSP: nothing by default, scripts by nonce only', () => {
    assert.equal(
      previewCsp(options),
      "default-src 'none'; img-src https://*.vscode-cdn.net data:; style-src https://*.vscode-cdn.net 'unsafe-inline'; font-src https://*.vscode-cdn.net; script-src 'nonce-abc123XYZ';",
    );
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src https://*.vscode-cdn.net data:;`));
  });

  it('loads one script, with the nonce, and the stylesheet', () => {
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="abc123XYZ" src="${options.scriptUri}">`]);
    assert.ok(html.includes(`<link rel="stylesheet" href="${options.styleUri}">`));
  });

  it('escapes what it is given in attributes', () => {
    const evil = previewHtml({ ...options, scriptUri: 'x"><script>alert(1)</script>', nonce: 'n"' });
    assert.equal(evil.match(/<script/g)!.length, 1);
    assert.ok(evil.includes('src="x&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"'));
  });

  it('holds no Mermaid text and no inline script or handler', () => {
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /dateFormat|-->|xychart-beta|%%/);
  });
});
