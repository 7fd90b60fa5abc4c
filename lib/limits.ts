/**
 * Every limit of the platform in one place. Domain code, schemas and the UI import from here so a
 * limit is changed once and enforced everywhere.
 */
export const limits = {
  /** Request bodies of server actions (also next.config.ts serverActions.bodySizeLimit): a 5 MB image upload plus its form. */
  serverActionBodyBytes: 6 * 1024 * 1024,

  // Events and items
  eventNameMaxLength: 120,
  eventSlugMinLength: 3,
  eventSlugMaxLength: 40,
  /** An ISO 4217 code (EUR, USD): exactly this long. */
  currencyCodeLength: 3,
  /** An event's order reference prefix (DEV in DEV-7K3M9Q): capital letters or digits. */
  referencePrefixMinLength: 2,
  referencePrefixMaxLength: 5,
  itemsPerOrder: 20,
  quantityPerLine: 10,
  ordersPerAttendeeMax: 100,

  // Attendee details
  nameMaxLength: 120,
  emailMaxLength: 254,
  /** "Email me the link to my order": requests per email address and event per window, and a window in
   * which a repeat (double click, retry) writes no second email. */
  orderLinkRequestsPerEmail: 3,
  orderLinkWindowMs: 60 * 60 * 1000,
  orderLinkDedupeMs: 60 * 1000,

  // Forms
  fieldsPerForm: 50,
  choicesPerField: 100,
  fieldKeyMaxLength: 40,
  labelMaxLength: 200,
  helpTextMaxLength: 500,
  placeholderMaxLength: 120,
  shortTextMaxLength: 500,
  longTextMaxLength: 5000,
  patternMaxLength: 200,
  noteMaxLength: 5000,
  phoneMaxLength: 32,
  answersJsonBytes: 64 * 1024,
  /** A saved form draft (its fields as JSON): 50 generous fields fit easily; anything larger is not typing. */
  formDraftMaxBytes: 256 * 1024,

  // Uploads
  uploadMaxBytes: 5 * 1024 * 1024,
  /**
   * The image formats an upload may be, keyed by what lib/storage/detect-image-type.ts recognises by content
   * (its type is these keys), with the media type a browser's file picker offers. The server decides by the
   * bytes; this list only keeps the picker honest. Every upload is re-encoded as WebP (SVG rasterised).
   */
  uploadImageTypes: {
    png: "image/png",
    jpeg: "image/jpeg",
    webp: "image/webp",
    gif: "image/gif",
    avif: "image/avif",
    svg: "image/svg+xml",
  },
  imageMaxPixels: 40_000_000,
  imageMaxDimension: 2400,

  // Outbox
  outboxMaxAttempts: 8,
  outboxBatchSize: 20,
  outboxBaseBackoffMs: 2_000,
  outboxMaxBackoffMs: 60 * 60 * 1000,

  // Rate limits on public writes (lib/rate-limit/policies.ts names them; RATE_LIMIT_FACTOR multiplies every
  // count, e.g. for a benchmark). Counted per fixed window in Postgres, so they hold across instances.
  /** Orders from one client address to one event per window. A venue's Wi-Fi puts hundreds of attendees
   * behind one address, so this is generous: it stops one machine draining the stock, not a queue of people. */
  ordersPerClient: 30,
  /** Orders to one event per window from everyone: caps a drain spread over many addresses (5 a second). */
  ordersPerEvent: 300,
  /**
   * An instance leases at most 1/this of an order limit in one block (ADR 035): at the limit, each other
   * instance may hold about one and a half blocks unspent, so the event is refused that much early at worst,
   * never late.
   */
  orderRateLeaseShare: 20,
  orderRateWindowMs: 60 * 1000,
  /**
   * Orders marked shipped or ready for pickup through one supplier's private link per window: a supplier
   * packing a batch marks one order after another, so generous; it stops a leaked link being hammered.
   */
  supplierMarksPerLink: 200,
  supplierMarkWindowMs: 10 * 60 * 1000,
  /** Cancellations (my-order page) from one client address per window. */
  cancelsPerClient: 10,
  cancelWindowMs: 10 * 60 * 1000,
  /** "Download my data" and "Erase my personal data" from one client (issue 13). */
  privacyRequestsPerClient: 20,
  privacyRequestWindowMs: 10 * 60 * 1000,
  /** "Email me the link to my order" requests from one client address per window (any addresses). */
  orderLinkRequestsPerClient: 10,
  /** Invitations sent (or re-sent) by one member per window. */
  invitationsPerMember: 30,
  invitationWindowMs: 60 * 60 * 1000,
  /** Image uploads by one member per window (each is decoded and re-encoded: CPU worth limiting). */
  uploadsPerMember: 60,
  uploadWindowMs: 10 * 60 * 1000,

  // Dashboard sign-in and team
  /** Magic links per email address per window, and per client IP per window. */
  signInPerEmail: 5,
  signInPerIp: 20,
  signInWindowMs: 15 * 60 * 1000,
  magicLinkMaxAgeSeconds: 15 * 60,
  invitationMaxAgeMs: 7 * 24 * 60 * 60 * 1000,
  organisationNameMaxLength: 80,
  orderNoteMaxLength: 2000,
  stockReasonMaxLength: 200,
  bulkStatusChangeMax: 500,

  // Landing pages (lib/pages): what one page document may hold. Generous for a real event page, small
  // enough that a document posted straight to the server action cannot grow without bound.
  pageBlocksMax: 60,
  /** Blocks inside one section or column (containers hold plain blocks only, one level deep). */
  pageBlocksPerContainer: 12,
  pageShortTextMaxLength: 200,
  pageLongTextMaxLength: 10_000,
  pageImagesPerGallery: 12,
  /** FAQ entries, schedule entries and sponsor logos per block. */
  pageListEntriesMax: 30,
  pageUrlMaxLength: 500,
  /** A saved page draft as JSON (like formDraftMaxBytes). */
  pageDraftMaxBytes: 512 * 1024,
  /** How long a page preview link (lib/pages/preview-token.ts) opens the draft: long enough to pass around. */
  pagePreviewTtlHours: 24,

  // Suppliers (ADR 024): one batch email carries at most this many order lines; a bigger list goes out in
  // several batches, each covering what it lists.
  supplierBatchLinesMax: 5_000,
  /** A supplier's private list link stays valid this long after it is issued (a new dispatch reuses it). */
  supplierLinkMaxAgeMs: 60 * 24 * 60 * 60 * 1000,

  // Pagination and search
  /** The orders table's search text (reference, name or email): longer input is cut, not refused. */
  searchMaxLength: 100,
  /** What the collection desk accepts as a typed or scanned order reference (longer than any reference). */
  deskReferenceMaxLength: 40,
  pageSizeDefault: 50,
  pageSizeMax: 200,
} as const;

export type Limits = typeof limits;
