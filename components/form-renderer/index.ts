export { FormFields } from "./form-fields";
