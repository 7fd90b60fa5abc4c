"use client";

import { createContext, useContext } from "react";

/**
 * The event's retention period in days (its own, else the organisation's), for the consent field's helper.
 * A context rather than a prop through every builder layer; null where the builder runs without it (tests).
 */
export const RetentionDaysContext = createContext<number | null>(null);

export const useRetentionDays = () => useContext(RetentionDaysContext);
