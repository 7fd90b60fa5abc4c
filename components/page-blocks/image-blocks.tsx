import { PHOTO_QUALITY, StaticImage } from "@/components/ui/static-image";
import { cx } from "@/components/ui/cx";
import type { ContentBlock } from "@/lib/pages/page-document";
import { BlockHeading } from "./block-heading";
import type { PageRenderContext } from "./context";

type ImageProps = Extract<ContentBlock, { type: "Image" }>["props"];
type GalleryProps = Extract<ContentBlock, { type: "Gallery" }>["props"];

/** One photo with its required alt text and an optional caption; lazy, sized for the page's width. */
export function ImageBlock({ props, context }: { props: ImageProps; context: PageRenderContext }) {
  const image = context.images.get(props.image.blobId);
  if (!image) return null;
  return (
    <figure className={cx("space-y-2", props.width === "content" && "max-w-prose")}>
      <StaticImage
        src={image.url}
        alt={props.alt}
        width={image.width}
        height={image.height}
        quality={PHOTO_QUALITY}
        sizes={
          props.width === "wide" ? "(min-width: 1024px) 1024px, 100vw" : "(min-width: 704px) 672px, 100vw"
        }
        className="h-auto w-full rounded-2xl"
      />
      {props.caption ? <figcaption className="text-sm text-slate-600">{props.caption}</figcaption> : null}
    </figure>
  );
}

/** A grid of square-cropped photos: two columns on a phone, two or three from a tablet up. */
export function GalleryBlock({ props, context }: { props: GalleryProps; context: PageRenderContext }) {
  const images = props.images.flatMap((entry) => {
    const image = context.images.get(entry.image.blobId);
    return image ? [{ ...image, alt: entry.alt }] : [];
  });
  if (images.length === 0) return null;
  return (
    <section aria-labelledby={props.heading ? `${props.id}-heading` : undefined} className="space-y-4">
      <BlockHeading id={`${props.id}-heading`} text={props.heading} />
      <ul className={cx("grid grid-cols-2 gap-2 sm:gap-3", props.columns === 3 && "sm:grid-cols-3")}>
        {images.map((image, index) => (
          <li
            key={`${image.url}-${index}`}
            className="relative aspect-square overflow-hidden rounded-xl bg-slate-100"
          >
            <StaticImage
              src={image.url}
              alt={image.alt}
              fill
              quality={PHOTO_QUALITY}
              sizes={props.columns === 3 ? "(min-width: 640px) 33vw, 50vw" : "50vw"}
              className="object-cover"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
