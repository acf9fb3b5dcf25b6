import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFileProblem } from './image-file.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'image-file-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const blank = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#888' } });

async function problemOf(name: string, content: Buffer | string) {
  await writeFile(join(folder, name), content);
  return imageFileProblem(join(folder, name), `./${name}`);
}

describe('imageFileProblem', () => {
  it('accepts a PNG, a JPEG and a WebP within the limits', async () => {
    expect(await problemOf('ok.png', await blank(1440, 900).png().toBuffer())).toBeUndefined();
    expect(await problemOf('ok.jpg', await blank(2000, 1500).jpeg().toBuffer())).toBeUndefined();
    expect(await problemOf('ok.webp', await blank(800, 600).webp().toBuffer())).toBeUndefined();
    // At the limits: 480 px wide (an older camera's 640 × 480 photo goes too), as long as 4000 px.
    expect(await problemOf('smal.png', await blank(480, 1000).png().toBuffer())).toBeUndefined();
    expect(await problemOf('gammelt.jpg', await blank(640, 480).jpeg().toBuffer())).toBeUndefined();
    expect(await problemOf('lang.png', await blank(4000, 3000).png().toBuffer())).toBeUndefined();
  });

  // The secretariat's fresh-eyes test: a 40 × 40 px thumbnail went through, and showed small and blurred.
  it('reports an image narrower than 480 pixels, with the size to use instead', async () => {
    expect(await problemOf('lite.png', await blank(40, 40).png().toBuffer())).toBe(
      'bildet «./lite.png» er 40 × 40 piksler, smalere enn 480 piksler, og blir lite eller uskarpt på siden; bruk et større bilde, helst 1440–2500 piksler bredt (originalen fra kameraet eller telefonen, ikke et miniatyrbilde eller et bilde fra en e-post eller nettside)',
    );
    expect(await problemOf('hoyt.png', await blank(479, 2000).png().toBuffer())).toMatch(/479 × 2000 piksler, smalere enn 480/);
  });

  // The repository is public: a photo that says where it was taken, arriving by git, is reported (in EXIF, as a
  // phone writes it, or only in XMP, as Lightroom exports it); a photo with other EXIF is not.
  it('reports an image that says where it was taken, with what to do', async () => {
    const position = { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 3036/100', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 1200/100' };
    const phone = await problemOf('telefon.jpg', await blank(1600, 1200).jpeg().withExif({ IFD0: { Model: 'iPhone 15' }, IFD3: position }).toBuffer());
    expect(phone).toMatch(/^bildefilen «\.\/telefon\.jpg» har lagret hvor bildet ble tatt \(GPS-posisjon\), og filen blir offentlig; slett den og last bildet opp på nytt under «Bilder og filer»/);
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="59,54.506N"/></rdf:RDF></x:xmpmeta>';
    expect(await problemOf('lightroom.png', await blank(1600, 1200).png().withXmp(xmp).toBuffer())).toMatch(/^bildefilen «\.\/lightroom\.png» har lagret hvor bildet ble tatt/);
    expect(await problemOf('kamera.webp', await blank(1600, 1200).webp().withExif({ IFD0: { Model: 'Canon' } }).toBuffer())).toBeUndefined();
  });

  it('reports a missing file', async () => {
    expect(await imageFileProblem(join(folder, 'borte.jpg'), './borte.jpg')).toMatch(/^bildefilen «\.\/borte\.jpg» finnes ikke/);
  });

  it('reports a file named .png that is not an image (JSON text uploaded in the CMS)', async () => {
    const problem = await problemOf('json.png', '{"ikke": "et bilde"}');
    expect(problem).toMatch(/^bildefilen «\.\/json\.png» er ikke et bilde som kan leses \(PNG, JPEG eller WebP\)/);
    expect(problem).toMatch(/last opp bildet på nytt/);
  });

  it('reports an image of a format the site does not publish', async () => {
    expect(await problemOf('anim.jpg', await blank(800, 600).gif().toBuffer())).toMatch(/er et GIF-bilde; nettstedet viser bare PNG, JPEG eller WebP/);
  });

  it('reports an image with a side over 4000 pixels, with its size and what to do', async () => {
    const problem = await problemOf('stort.png', await blank(5000, 3000).png({ compressionLevel: 9 }).toBuffer());
    expect(problem).toBe('bildet «./stort.png» er 5000 × 3000 piksler, mer enn 4000 piksler på den lengste siden; gjør bildet mindre, helst 1440–2500 piksler bredt (f.eks. «Endre størrelse» i Paint eller Bilder), og last det opp på nytt');
  });

  // A phone's portrait photo is stored 640 × 480 with rotation tag 6, and shown 480 × 640: as wide as allowed, not
  // «640 × 480»; one stored 640 × 470 is shown 470 px wide, and said so.
  it('reads the size as the photo is shown, turned by its rotation tag', async () => {
    const turned = (width: number, height: number) => blank(width, height).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await problemOf('staende.jpg', await turned(640, 480))).toBeUndefined();
    expect(await problemOf('smal-staende.jpg', await turned(640, 470))).toMatch(/^bildet «\.\/smal-staende\.jpg» er 470 × 640 piksler, smalere enn 480 piksler/);
    expect(await problemOf('hoy-staende.jpg', await turned(4100, 3000))).toMatch(/er 3000 × 4100 piksler, mer enn 4000 piksler/);
  });

  it('reports a file over 5 MB, even when its sides are within the limit', async () => {
    // Random pixels do not compress: 1500 × 1500 × 3 bytes ≈ 6.4 MB as PNG.
    const noise = Buffer.from(Array.from({ length: 1500 * 1500 * 3 }, () => Math.floor(Math.random() * 256)));
    const png = await sharp(noise, { raw: { width: 1500, height: 1500, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(await problemOf('tungt.png', png)).toMatch(/^bildefilen «\.\/tungt\.png» er 6,\d MB, mer enn 5 MB; gjør bildet mindre, helst 1440–2500 piksler bredt/);
  });
});
