import { render } from "@react-email/render";
import { createElement, type ReactElement } from "react";
import type { z } from "zod";
import type { OutboxMessage } from "@/db/schema";
import { InvitationEmail } from "@/emails/invitation";
import { DataErasedEmail } from "@/emails/data-erased";
import { OrderCancelledEmail } from "@/emails/order-cancelled";
import { OrderConfirmationEmail } from "@/emails/order-confirmation";
import { OrderLinkEmail, orderLinkSubject } from "@/emails/order-link";
import {
  OrderStatusChangedEmail,
  partMarkedSubject,
  statusChangedSubject,
} from "@/emails/order-status-changed";
import { env } from "@/lib/env";
import { eventUrl } from "@/lib/tenancy/event-url";
import { orderAccessToken } from "@/lib/crypto/order-token";
import { invitationUrl } from "@/lib/crypto/invitation-token";
import { InvalidMessageError } from "./errors";
import type { MailAttachment } from "./transport";
import { SupplierOrderEmail, supplierOrderSubject } from "@/emails/supplier-order";
import {
  SupplierOrderCancelledEmail,
  supplierOrderCancelledSubject,
} from "@/emails/supplier-order-cancelled";
import { SupplierBatchEmail, supplierBatchFilename, supplierBatchSubject } from "@/emails/supplier-batch";
import { SupplierEmailFailedEmail, supplierEmailFailedSubject } from "@/emails/supplier-email-failed";
import { supplierCsv } from "@/lib/suppliers/dispatch-content";
import { supplierLinkUrl } from "@/lib/suppliers/supplier-link";
import { messageSchemas, type TemplateName } from "@/emails/messages";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
}

function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(messageSchemas, name);
}

/** Subjects go into a mail header: no line breaks, bounded length. */
function cleanSubject(subject: string): string {
  return subject.replace(/[\r\n]+/g, " ").slice(0, 200);
}

/** The my-order link is derived here, at send time, so the token is never stored in the outbox. */
function myOrderUrl(eventSlug: string, orderId: string): string {
  return eventUrl(eventSlug, `/my-order/${orderAccessToken(orderId)}`);
}

/** The supplier's private list, derived here at send time like the my-order link. */
function listUrl(linkId: string | undefined): string | null {
  return linkId ? supplierLinkUrl(linkId) : null;
}

/** Uploaded logos are served from our own origin (/api/blobs/...): mail clients need an absolute URL. */
function absoluteLogo(logoUrl: string | null): string | null {
  if (!logoUrl) return null;
  if (logoUrl.startsWith("/") && !logoUrl.startsWith("//")) return `${env().appUrl}${logoUrl}`;
  return logoUrl;
}

function parsePayload<S extends z.ZodType>(template: TemplateName, schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    // Paths and codes only: issue messages could echo personal data from the payload.
    const where = result.error.issues.map((i) => `${i.path.join(".") || "(payload)"} ${i.code}`).join(", ");
    throw new InvalidMessageError(`payload of ${template} is invalid: ${where}`, { cause: result.error });
  }
  return result.data;
}

function build(
  template: TemplateName,
  payload: unknown,
): { subject: string; element: ReactElement; attachments?: MailAttachment[] } {
  switch (template) {
    case "order-confirmation": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: `Your ${p.branding.eventName} order ${p.order.reference} is confirmed`,
        element: createElement(OrderConfirmationEmail, {
          ...p,
          branding,
          myOrderUrl: myOrderUrl(p.branding.eventSlug, p.order.orderId),
        }),
      };
    }
    case "order-cancelled": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: `Your ${p.branding.eventName} order ${p.order.reference} was cancelled`,
        element: createElement(OrderCancelledEmail, {
          ...p,
          branding,
          myOrderUrl: myOrderUrl(p.branding.eventSlug, p.order.orderId),
        }),
      };
    }
    case "order-status-changed": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: p.part
          ? partMarkedSubject(p.branding.eventName, p.order.reference, p.part.mark)
          : statusChangedSubject(p.branding.eventName, p.order.reference, p.toStatus),
        element: createElement(OrderStatusChangedEmail, {
          ...p,
          branding,
          myOrderUrl: myOrderUrl(p.branding.eventSlug, p.order.orderId),
        }),
      };
    }
    case "order-link": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: orderLinkSubject(p.branding.eventName, p.orders.length),
        element: createElement(OrderLinkEmail, {
          branding,
          orders: p.orders.map((order) => ({
            ...order,
            myOrderUrl: myOrderUrl(p.branding.eventSlug, order.orderId),
          })),
        }),
      };
    }
    case "supplier-order": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: supplierOrderSubject(p),
        element: createElement(SupplierOrderEmail, { ...p, branding, listUrl: listUrl(p.supplierLinkId) }),
      };
    }
    case "supplier-order-cancelled": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: supplierOrderCancelledSubject(p),
        element: createElement(SupplierOrderCancelledEmail, { ...p, branding }),
      };
    }
    case "supplier-email-failed": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: supplierEmailFailedSubject(p),
        element: createElement(SupplierEmailFailedEmail, {
          ...p,
          branding,
          suppliersUrl: `${env().appUrl}${p.suppliersPath}`,
        }),
      };
    }
    case "supplier-batch": {
      // The CSV is derived from the snapshot at send time, by the same code as the dashboard's preview.
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: supplierBatchSubject(p),
        element: createElement(SupplierBatchEmail, { ...p, branding, listUrl: listUrl(p.supplierLinkId) }),
        attachments: [
          {
            filename: supplierBatchFilename(p.branding.eventSlug),
            contentType: "text/csv; charset=utf-8",
            contentBase64: Buffer.from(supplierCsv(p.columns, p.lines), "utf8").toString("base64"),
          },
        ],
      };
    }
    case "data-erased": {
      const p = parsePayload(template, messageSchemas[template], payload);
      const branding = { ...p.branding, logoUrl: absoluteLogo(p.branding.logoUrl) };
      return {
        subject: `Your personal data for ${p.branding.eventName} order ${p.reference} was erased`,
        element: createElement(DataErasedEmail, { ...p, branding }),
      };
    }
    case "invitation": {
      // The accept link is derived from the invitation id here, at send time: the token is never stored.
      const p = parsePayload(template, messageSchemas[template], payload);
      return {
        subject: `Join ${p.orgName} on Swagstand`,
        element: createElement(InvitationEmail, { ...p, acceptUrl: invitationUrl(p.invitationId) }),
      };
    }
    default: {
      const unreachable: never = template;
      throw new InvalidMessageError(`no renderer for template ${String(unreachable)}`);
    }
  }
}

/**
 * Turns an outbox row into the email to send: the payload is validated against its template's schema
 * (rows written by an older release may not match), then rendered to HTML and to plain text.
 * Throws InvalidMessageError when the row can never be rendered.
 */
export async function renderMessage(
  message: Pick<OutboxMessage, "template" | "payload">,
): Promise<RenderedEmail> {
  if (!isTemplateName(message.template)) {
    throw new InvalidMessageError(`unknown template ${JSON.stringify(message.template.slice(0, 60))}`);
  }
  const { subject, element, attachments } = build(message.template, message.payload);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: cleanSubject(subject), html, text, ...(attachments ? { attachments } : {}) };
}
