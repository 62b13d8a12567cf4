const { chromium } = require('playwright-core');
(async () => {
  const [src, out, x, y, w, h, scale] = process.argv.slice(2);
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage({ viewport: { width: Number(w) * Number(scale), height: Number(h) * Number(scale) } });
  const data = require('fs').readFileSync(src).toString('base64');
  await p.setContent(`<body style="margin:0;overflow:hidden"><div style="width:${w*scale}px;height:${h*scale}px;background:url(data:image/png;base64,${data}) -${x*scale}px -${y*scale}px / ${1400*scale}px auto no-repeat;image-rendering:pixelated"></div></body>`);
  await p.screenshot({ path: out });
  await b.close();
})();
