import { measureBundles } from '../scripts/measure_bundles';

// A size budget, not a timing: the page-load bundle only registers the app (Kibana's own Remote
// Clusters plugin is allowed 5,794 bytes); everything else loads when the app is opened.
describe('browser bundles', () => {
  it('keeps the page-load bundle under 5,000 bytes and the application in lazy chunks', async () => {
    const sizes = await measureBundles();
    expect(sizes.pageLoadBytes).toBeGreaterThan(0);
    expect(sizes.pageLoadBytes).toBeLessThan(5000);
    expect(sizes.lazyChunks).toBeGreaterThan(0);
    expect(sizes.lazyBytes).toBeGreaterThan(sizes.pageLoadBytes);
  });
});
