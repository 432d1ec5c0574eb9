// Draws the Teams app icons as PNGs with Node alone (zlib), so they can be regenerated without a design
// tool or a dependency: node deployment/teams/makeIcons.mjs
//   color.png   192x192: a white speech bubble holding a signpost arrow, on the guide's calm blue.
//   outline.png  32x32: the same bubble as a white outline on a transparent background (Teams' rule).
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x1d, 0x4f, 0x6e];
const WHITE = [0xff, 0xff, 0xff];

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** RGBA pixels (size*size*4) to a PNG file. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), as signed distances: negative inside.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const edge = (px, py, qx, qy) => ((qx - px) * (y - py) - (qy - py) * (x - px)) / Math.hypot(qx - px, qy - py);
  return -Math.min(edge(ax, ay, bx, by), edge(bx, by, cx, cy), edge(cx, cy, ax, ay));
};
const bubble = (x, y) => Math.min(roundedBox(x, y, 0.5, 0.44, 0.34, 0.25, 0.1), triangle(x, y, [0.3, 0.6], [0.46, 0.6], [0.26, 0.84]));
const arrow = (x, y) => Math.min(roundedBox(x, y, 0.45, 0.44, 0.12, 0.045, 0.02), triangle(x, y, [0.55, 0.33], [0.68, 0.44], [0.55, 0.55]));

/** Coverage of a pixel by a shape, from 4x4 samples, for smooth edges. */
function coverage(size, px, py, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function draw(size, paint) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) rgba.set(paint(x, y), (y * size + x) * 4);
  return png(size, rgba);
}

const mix = (a, b, t) => a.map((v, i) => Math.round(v * (1 - t) + b[i] * t));

const color = draw(192, (x, y) => {
  const inBubble = coverage(192, x, y, (u, v) => bubble(u, v) < 0);
  const inArrow = coverage(192, x, y, (u, v) => arrow(u, v) < 0);
  return [...mix(mix(ACCENT, WHITE, inBubble), ACCENT, inArrow), 255];
});

// Outline: a 2.5 px white stroke around the bubble and the arrow, everything else fully transparent.
const stroke = 2.5 / 32;
const outline = draw(32, (x, y) => {
  const alpha = coverage(32, x, y, (u, v) => Math.abs(bubble(u, v)) < stroke / 2 || arrow(u, v) < 0);
  return [...WHITE, Math.round(alpha * 255)];
});

const here = new URL('.', import.meta.url);
writeFileSync(new URL('color.png', here), color);
writeFileSync(new URL('outline.png', here), outline);
console.log('Wrote deployment/teams/color.png (192x192) and outline.png (32x32).');
