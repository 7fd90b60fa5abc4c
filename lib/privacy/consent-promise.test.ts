import { describe, expect, test } from "vitest";
import { mismatchedRetentionDays, retentionSentence, withRetentionSentence } from "./consent-promise";

describe("the consent text's retention promise", () => {
  test("finds the days it promises that differ from the setting", () => {
    const text = "I agree that DevConf stores my answers and deletes them 90 days after the event.";
    expect(mismatchedRetentionDays(text, 90)).toEqual([]);
    expect(mismatchedRetentionDays(text, 30)).toEqual([90]);
    expect(mismatchedRetentionDays("Kept for a 30-day period, or 1 day", 30)).toEqual([1]);
    expect(mismatchedRetentionDays("No promise here.", 30)).toEqual([]);
  });

  test("appends the sentence once, naming the event's days", () => {
    expect(retentionSentence(1)).toBe(
      "We delete your name, email address and answers 1 day after the event.",
    );
    const once = withRetentionSentence("I agree.  ", 45);
    expect(once).toBe("I agree. We delete your name, email address and answers 45 days after the event.");
    expect(withRetentionSentence(once, 45)).toBe(once);
    expect(withRetentionSentence("", 45)).toBe(retentionSentence(45));
    expect(mismatchedRetentionDays(once, 45)).toEqual([]);
  });
});
