/** One catalogue entry: what the admin reads. Evidence is attached per occurrence. */
export interface CatalogueEntry {
  title: string;
  cause: string;
  fix: string[];
}
