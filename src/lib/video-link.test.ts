import { describe, expect, it } from 'vitest';
import { videoHost, videoLinkText } from './video-link.ts';

describe('videoHost', () => {
  it('names the video sites readers know by name', () => {
    expect(videoHost('https://www.youtube.com/watch?v=abc123')).toBe('YouTube');
    expect(videoHost('https://youtu.be/abc123')).toBe('YouTube');
    expect(videoHost('https://vimeo.com/123456')).toBe('Vimeo');
  });

  it('names another site by its host, without «www.»', () => {
    expect(videoHost('https://www.ks.no/fagomrader/film')).toBe('ks.no');
    expect(videoHost('https://tv.nrk.no/serie/x')).toBe('tv.nrk.no');
  });
});

it('says where the film is seen', () => {
  expect(videoLinkText('https://www.youtube.com/watch?v=abc123')).toBe('Se filmen hos YouTube');
});
