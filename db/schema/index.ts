export * from "./organisations";
export * from "./blobs";
export * from "./events";
export * from "./catalog";
export * from "./forms";
export * from "./orders";
export * from "./outbox";
