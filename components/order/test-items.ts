import type { PickerItem } from "./item-picker";

/** Items shared by the order form's tests: a sized t-shirt (one size low, one sold out) and priced socks. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const shirt: PickerItem = {
  id: uuid(1),
  name: "T-shirt",
  priceMinor: 0,
  maxPerOrder: 1,
  image: null,
  variants: [
    { id: uuid(11), label: "M", stock: 40 },
    { id: uuid(12), label: "L", stock: 3 },
    { id: uuid(13), label: "XL", stock: 0 },
  ],
};

export const socks: PickerItem = {
  id: uuid(2),
  name: "Socks",
  priceMinor: 450,
  maxPerOrder: 2,
  image: null,
  variants: [{ id: uuid(21), label: "One size", stock: 150 }],
};
