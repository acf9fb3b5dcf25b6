// What a phone or Lightroom writes into a photo, for the tests of image-metadata.ts and of the CMS's upload
// (tests/cms-editing.spec.ts): sharp's withExif/withXmp take these as they are. Test data only.

/** A GPS position in EXIF's own notation (degrees, minutes, seconds as fractions), Oslo. */
export const gpsPosition = { GPSLatitudeRef: 'N', GPSLatitude: '59/1 54/1 3036/100', GPSLongitudeRef: 'E', GPSLongitude: '10/1 45/1 1200/100' };
/** A phone's EXIF: the camera and where the photo was taken. */
export const phoneExif = { IFD0: { Make: 'Apple', Model: 'iPhone 15' }, IFD3: gpsPosition };
/** As Lightroom exports it: the position in an XMP packet only. */
export const lightroomXmp =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="59,54.506N" exif:GPSLongitude="10,45.200E"/>' +
  '</rdf:RDF></x:xmpmeta>';
