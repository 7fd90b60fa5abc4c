import { getImageProps, type ImageProps } from "next/image";

/**
 * Quality for photos (item pictures, heroes): about a quarter fewer bytes than Next's default 75 with no
 * difference visible on a phone. Flat graphics with text (logos) keep the default. Listed in
 * next.config.ts images.qualities, which Next 16 requires.
 */
export const PHOTO_QUALITY = 65;

/**
 * An optimised image (srcset through /_next/image, lazy by default) rendered as a plain <img>, with no
 * client JavaScript: next/image's <Image> is a client component, and the landing page ships none of its own.
 */
export function StaticImage(props: ImageProps) {
  const { props: imgProps } = getImageProps(props);
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes through imgProps
  return <img {...imgProps} />;
}
