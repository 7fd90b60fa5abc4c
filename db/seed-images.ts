import sharp from "sharp";

/**
 * Demo images drawn as SVG and rasterised here, so the repository ships no binary assets and the seed
 * exercises the same upload pipeline (content check, re-encode) as real uploads.
 *
 * Item and hero images imitate what organisers actually upload: product photos and a wide banner, larger
 * than any card shows them (so the landing page's responsive sizes are really exercised), with the grain,
 * texture and soft lighting of a photo. Flat vector shapes compress to almost nothing and made every image
 * measurement look better than a real event's page would be. Logos stay flat: logos are.
 */

/** Sizes of typical uploads after the pipeline: a square product shot, a 2:1 banner, a logo. */
export const DEMO_IMAGE_SIZES = {
  item: { width: 1200, height: 1200 },
  hero: { width: 2000, height: 1000 },
  logo: { width: 512, height: 512 },
} as const;

/** `photo` drawings get a camera's grain and texture; flat ones (logos) stay as drawn. */
type Drawing = { width: number; height: number; viewBox: [number, number]; body: string; photo: boolean };

function svg({ width, height, viewBox: [vw, vh], body }: Drawing): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${vw} ${vh}">${body}</svg>`;
}

/** A studio backdrop (light from above) and the soft shadow an object casts on it, in a 600×600 view. */
const studio = (light: string, dark: string) => `
  <defs>
    <radialGradient id="backdrop" cx="0.5" cy="0.35" r="0.85">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${dark}"/>
    </radialGradient>
    <radialGradient id="shadow"><stop offset="0" stop-color="#0f172a" stop-opacity="0.45"/><stop offset="1" stop-color="#0f172a" stop-opacity="0"/></radialGradient>
    <linearGradient id="sheen" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.3"/>
    </linearGradient>
  </defs>
  <rect width="600" height="600" fill="url(#backdrop)"/>
  <ellipse cx="300" cy="540" rx="230" ry="34" fill="url(#shadow)"/>`;

const shirt = (colour: string, text: string): Drawing => {
  const outline =
    "M190 110 L250 80 Q300 120 350 80 L410 110 L500 190 L450 250 L410 220 L410 520 L190 520 L190 220 L150 250 L100 190 Z";
  return {
    ...DEMO_IMAGE_SIZES.item,
    viewBox: [600, 600],
    photo: true,
    body: `${studio("#f8fafc", "#94a3b8")}
      <path d="${outline}" fill="${colour}"/>
      <path d="${outline}" fill="url(#sheen)"/>
      <g fill="none" stroke-linecap="round" opacity="0.25">
        <path d="M232 262 q20 120 -10 250" stroke="#000" stroke-width="10"/>
        <path d="M370 240 q-25 140 15 270" stroke="#000" stroke-width="8"/>
        <path d="M300 150 q15 60 0 120" stroke="#fff" stroke-width="7"/>
      </g>
      <text x="300" y="330" font-family="sans-serif" font-size="44" font-weight="700" fill="#f8fafc" text-anchor="middle" opacity="0.92">${text}</text>`,
  };
};

const socks = (colour: string): Drawing => {
  const sock = "M220 90 h90 v260 q0 40 40 60 l80 40 q40 30 10 80 q-30 40 -80 20 l-130 -60 q-50 -25 -50 -80 Z";
  return {
    ...DEMO_IMAGE_SIZES.item,
    viewBox: [600, 600],
    photo: true,
    body: `${studio("#fffbeb", "#d6b46a")}
      <g transform="translate(-40 0)"><path d="${sock}" fill="${colour}"/><path d="${sock}" fill="url(#sheen)"/>
        <rect x="220" y="90" width="90" height="40" fill="#111827"/></g>
      <g transform="translate(60 -10) rotate(4 300 300)"><path d="${sock}" fill="${colour}"/><path d="${sock}" fill="url(#sheen)"/>
        <rect x="220" y="90" width="90" height="40" fill="#111827"/></g>`,
  };
};

const breakfast = (): Drawing => ({
  ...DEMO_IMAGE_SIZES.item,
  viewBox: [600, 600],
  photo: true,
  body: `${studio("#f7e7c6", "#8a5a2b")}
    <circle cx="300" cy="320" r="200" fill="url(#shadow)"/>
    <circle cx="300" cy="310" r="190" fill="#fdfdfb" stroke="#e7e5e4" stroke-width="12"/>
    <circle cx="300" cy="310" r="190" fill="url(#sheen)"/>
    <ellipse cx="255" cy="295" rx="78" ry="66" fill="#fefce8"/><circle cx="262" cy="292" r="30" fill="#f59e0b"/>
    <rect x="330" y="330" width="120" height="60" rx="24" fill="#b45309"/>
    <rect x="330" y="330" width="120" height="60" rx="24" fill="url(#sheen)"/>
    <circle cx="385" cy="245" r="28" fill="#dc2626"/><circle cx="376" cy="236" r="8" fill="#fff" opacity="0.35"/>`,
});

/** A hall in soft focus: a gradient, out-of-focus lights (bokeh), a lit stage, the audience in front. */
const hero = (from: string, to: string, lights: string): Drawing => {
  const bokeh = [
    [160, 140, 70],
    [420, 90, 46],
    [690, 170, 90],
    [980, 110, 58],
    [1240, 160, 80],
    [1460, 90, 50],
    [300, 330, 40],
    [860, 300, 36],
    [1120, 340, 44],
    [1520, 300, 62],
  ]
    .map(([cx, cy, r]) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#light)"/>`)
    .join("");
  // The audience in the foreground, two uneven rows of heads and shoulders.
  const audience = Array.from({ length: 34 }, (_, i) => {
    const back = i % 2 === 0;
    const x = (i * 97 + (back ? 40 : 0)) % 1700;
    const y = back ? 690 : 740;
    const r = back ? 30 : 38;
    return `<circle cx="${x}" cy="${y}" r="${r}"/><rect x="${x - r * 2}" y="${y + r * 0.8}" width="${r * 4}" height="120" rx="${r}"/>`;
  }).join("");
  return {
    ...DEMO_IMAGE_SIZES.hero,
    viewBox: [1600, 800],
    photo: true,
    body: `<defs>
        <linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
        <radialGradient id="light"><stop offset="0" stop-color="${lights}" stop-opacity="0.55"/><stop offset="0.7" stop-color="${lights}" stop-opacity="0.25"/><stop offset="1" stop-color="${lights}" stop-opacity="0"/></radialGradient>
        <radialGradient id="stage" cx="0.5" cy="1" r="0.7"><stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
      </defs>
      <rect width="1600" height="800" fill="url(#g)"/>
      <rect width="1600" height="800" fill="url(#stage)"/>
      ${bokeh}
      <g fill="#0b0a1a" opacity="0.85">${audience}</g>`,
  };
};

const logo = (bg: string, letters: string): Drawing => ({
  ...DEMO_IMAGE_SIZES.logo,
  viewBox: [256, 256],
  photo: false,
  body: `<rect width="256" height="256" rx="56" fill="${bg}"/>
    <text x="128" y="160" font-family="sans-serif" font-size="96" font-weight="800" fill="#fff" text-anchor="middle">${letters}</text>`,
});

export const demoImages = {
  devconfLogo: () => logo("#4338ca", "DC"),
  devconfHero: () => hero("#1e1b4b", "#6d28d9", "#fde68a"),
  tShirt: () => shirt("#4338ca", "DevConf"),
  socks: () => socks("#7c3aed"),
  breakfastLogo: () => logo("#15803d", "BC"),
  breakfastHero: () => hero("#14532d", "#65a30d", "#fef9c3"),
  breakfast: () => breakfast(),
} as const;

/** A deterministic grey noise field (xorshift32), so every seed produces the same bytes. */
function noise(width: number, height: number, seed: number): Buffer {
  const out = Buffer.alloc(width * height);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < out.length; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = ((s & 0xff) + ((s >>> 8) & 0xff)) >> 1;
  }
  return out;
}

/** Noise drawn at 1/`scale` resolution and enlarged: grain (1), weave (3), uneven light (12). */
async function textureLayer(width: number, height: number, scale: number, strength: number, seed: number) {
  const w = Math.ceil(width / scale);
  const h = Math.ceil(height / scale);
  const input = await sharp(noise(w, h, seed), { raw: { width: w, height: h, channels: 1 } })
    .resize(width, height, { kernel: "cubic" })
    .linear(strength, 128 * (1 - strength))
    .raw()
    .toBuffer();
  return { input, raw: { width, height, channels: 1 as const }, blend: "soft-light" as const };
}

/** Rasterises a drawing: a logo as a PNG, a photo with grain and texture as a JPEG, as a phone saves it. */
export async function renderDemoImage(name: keyof typeof demoImages): Promise<Buffer> {
  const drawing = demoImages[name]();
  const raster = sharp(Buffer.from(svg(drawing)));
  if (!drawing.photo) return raster.png().toBuffer();
  const { width, height } = drawing;
  const layers = await Promise.all([
    textureLayer(width, height, 1, 0.2, 1),
    textureLayer(width, height, 3, 0.3, 2),
    textureLayer(width, height, 12, 0.15, 3),
  ]);
  const flat = await raster.png().toBuffer();
  return sharp(flat).composite(layers).jpeg({ quality: 88 }).toBuffer();
}
