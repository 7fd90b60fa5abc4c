import sharp from "sharp";

/**
 * Demo images drawn as SVG and rasterised here, so the repository ships no binary assets and the seed
 * exercises the same upload pipeline (content check, re-encode) as real uploads.
 */
function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

const shirt = (colour: string, text: string) =>
  svg(
    600,
    600,
    `<rect width="600" height="600" fill="#f1f5f9"/>
     <path d="M190 110 L250 80 Q300 120 350 80 L410 110 L500 190 L450 250 L410 220 L410 520 L190 520 L190 220 L150 250 L100 190 Z" fill="${colour}"/>
     <text x="300" y="330" font-family="sans-serif" font-size="44" font-weight="700" fill="#fff" text-anchor="middle">${text}</text>`,
  );

const socks = (colour: string) =>
  svg(
    600,
    600,
    `<rect width="600" height="600" fill="#fef3c7"/>
     <path d="M220 90 h90 v260 q0 40 40 60 l80 40 q40 30 10 80 q-30 40 -80 20 l-130 -60 q-50 -25 -50 -80 Z" fill="${colour}"/>
     <rect x="220" y="90" width="90" height="40" fill="#111827"/>`,
  );

const breakfast = () =>
  svg(
    600,
    600,
    `<rect width="600" height="600" fill="#ecfccb"/>
     <circle cx="300" cy="320" r="190" fill="#fff" stroke="#d9f99d" stroke-width="14"/>
     <circle cx="260" cy="300" r="70" fill="#fefce8"/><circle cx="260" cy="300" r="30" fill="#f59e0b"/>
     <rect x="330" y="330" width="120" height="60" rx="24" fill="#b45309"/>
     <circle cx="380" cy="250" r="26" fill="#dc2626"/>`,
  );

const logo = (bg: string, letters: string) =>
  svg(
    256,
    256,
    `<rect width="256" height="256" rx="56" fill="${bg}"/>
     <text x="128" y="160" font-family="sans-serif" font-size="96" font-weight="800" fill="#fff" text-anchor="middle">${letters}</text>`,
  );

const hero = (from: string, to: string) =>
  svg(
    1600,
    700,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
     <rect width="1600" height="700" fill="url(#g)"/>
     <g fill="#ffffff" opacity="0.12"><circle cx="1300" cy="120" r="220"/><circle cx="200" cy="620" r="260"/><circle cx="900" cy="380" r="120"/></g>`,
  );

export const demoImages = {
  devconfLogo: () => logo("#4338ca", "DC"),
  devconfHero: () => hero("#312e81", "#7c3aed"),
  tShirt: () => shirt("#4338ca", "DevConf"),
  socks: () => socks("#7c3aed"),
  breakfastLogo: () => logo("#15803d", "BC"),
  breakfastHero: () => hero("#14532d", "#65a30d"),
  breakfast: () => breakfast(),
} as const;

export async function renderDemoImage(name: keyof typeof demoImages): Promise<Buffer> {
  return sharp(Buffer.from(demoImages[name]())).png().toBuffer();
}
