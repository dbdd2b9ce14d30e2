/** What the endpoint form edits (create and edit): in a .ts file so pages and lint tools can type it. */
export interface EndpointFormValue {
  url: string;
  description: string;
  eventTypes: string[];
}
