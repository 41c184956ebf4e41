import type { z } from 'zod';
import { cellOf, columnsOf, LIST_SEPARATOR, type Column } from './columns.ts';
import { completeRecord } from './record.ts';
import { bodyToPlainText } from './plain-text.ts';
import { writeCsv, CSV_LINE_END } from './csv.ts';
import { dataPaths, dataset } from './dataset.ts';
import { entryRecordJsonSchema, entryRecordSchema } from './record-schema.ts';
import type { JsonSchema } from '../schema/json-schema.ts';
import type { KnownIds } from '../../schemas/initiative.ts';
import { entryHref, organisationHref } from '../urls.ts';

type AnySchema = z.ZodType;

/** One entry as the exports read it: its file name, parsed frontmatter and Markdown body. */
export interface ExportEntry {
  slug: string;
  data: unknown;
  body: string;
  /**
   * The body as plain text (`bodyToPlainText`), when it is already known: the content loader makes
   * it from the tree it checked, which spares parsing every body a second time on the main thread.
   */
  text?: string | undefined;
}

/** One vocabulary file (content/taxonomies/*.yaml, or the sources) with its items. */
export interface ExportTaxonomy {
  /** The key entries' references name it by (src/schemas/initiative.ts KnownIds). */
  key: string;
  /** Resource name and file stem: `topics` → /data/topics.csv. */
  name: string;
  title: string;
  schema: AnySchema;
  items: { id: string; data: unknown }[];
}

export interface ExportInput {
  /** The ids the entries were validated against; the record schema (record-schema.ts) is built from them. */
  known: KnownIds;
  entries: readonly ExportEntry[];
  taxonomies: readonly ExportTaxonomy[];
  /** Absolute URL for a site path. */
  absolute: (path: string) => string;
  build: { date: string; commit: string | undefined };
}

/** The columns every entry row starts with: not frontmatter, but where the entry lives. */
export const leadColumns: Column[] = [
  {
    name: 'id',
    path: ['id'],
    shape: 'scalar',
    type: 'string',
    required: true,
    description: 'Eksempelets id: filnavnet i content/initiatives/ og siste del av adressen.',
  },
  {
    name: 'url',
    path: ['url'],
    shape: 'scalar',
    type: 'string',
    format: 'uri',
    required: true,
    description: 'Adressen til eksempelets side.',
  },
];

export const bodyColumn: Column = {
  name: 'body',
  path: ['body'],
  shape: 'scalar',
  type: 'string',
  required: true,
  description: 'Teksten på eksempelsiden som ren tekst, avsnitt skilt med en tom linje.',
};

/** Every column of velferdsspor.csv, in order: id, url, the schema's fields, body. */
export function entryColumns(entrySchema: AnySchema): Column[] {
  return [...leadColumns, ...columnsOf(entrySchema), bodyColumn];
}

export function taxonomyColumns(schema: AnySchema): Column[] {
  const id: Column = {
    name: 'id',
    path: ['id'],
    shape: 'scalar',
    type: 'string',
    required: true,
    description: 'Id-en eksemplene bruker.',
  };
  return [id, ...columnsOf(schema)];
}

/** The organisations file's items by id, so each partner of an entry can carry its organisation. */
function organisationsOf(taxonomies: readonly ExportTaxonomy[]): ReadonlyMap<string, object> {
  return new Map((taxonomies.find((t) => t.key === 'organisations')?.items ?? []).map((i) => [i.id, i.data as object]));
}

/** The entry's frontmatter with each partner's organisation fields and page added. */
function withOrganisations(
  data: unknown,
  organisations: ReadonlyMap<string, object>,
  absolute: (path: string) => string,
): unknown {
  const partners = (data as { partners?: { id: string }[] }).partners;
  if (!partners) return data;
  return {
    ...(data as object),
    partners: partners.map((p) => ({
      ...p,
      ...organisations.get(p.id),
      id: p.id,
      url: absolute(organisationHref(p.id)),
    })),
  };
}

/** An entry as a JSON record: id, url, every schema field (missing ones as null), partners resolved, body as text. */
export function entryRecord(
  input: Pick<ExportInput, 'absolute' | 'taxonomies'> & { entrySchema: AnySchema },
  entry: ExportEntry,
  organisations = organisationsOf(input.taxonomies),
): Record<string, unknown> {
  return {
    id: entry.slug,
    url: input.absolute(entryHref(entry.slug)),
    ...(completeRecord(input.entrySchema, withOrganisations(entry.data, organisations, input.absolute)) as Record<
      string,
      unknown
    >),
    body: entry.text ?? bodyToPlainText(entry.body),
  };
}

/**
 * The JSON Schema of velferdsspor.json: the file's own fields around the list of records, whose
 * schema comes from the Zod schemas (record-schema.ts).
 */
export function datasetJsonSchema(known: KnownIds, absolute: (path: string) => string): JsonSchema {
  const uri = { type: 'string', format: 'uri' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: absolute(dataPaths.schema),
    title: `${dataset.title}: velferdsspor.json`,
    description: 'Alle eksemplene med alle feltene. Et felt eksemplet ikke har, står som null.',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'title', 'license', 'created', 'commit', 'codebook', 'entries'],
    properties: {
      name: { const: dataset.name },
      title: { type: 'string' },
      license: uri,
      created: { type: 'string', format: 'date-time', description: 'Når filene ble bygget.' },
      commit: {
        anyOf: [{ type: 'string' }, { type: 'null' }],
        description: 'Versjonen av kildekoden filene ble bygget fra.',
      },
      codebook: { ...uri, description: 'Kodeboken: siden som forklarer hvert felt.' },
      entries: { type: 'array', items: { $ref: '#/definitions/entry' } },
    },
    definitions: { entry: entryRecordJsonSchema(known, [...leadColumns, bodyColumn]) },
  };
}

const fieldOf = (column: Column) => {
  const list = column.shape === 'list';
  const description = [list ? `Liste, elementene skilt med «${LIST_SEPARATOR}».` : '', column.description ?? '']
    .filter(Boolean)
    .join(' ');
  const constraints: Record<string, unknown> = {};
  // Table Schema's `required` means «not empty»; an empty list is a valid value, so lists are never required.
  if (column.required && !list) constraints.required = true;
  if (!list && column.values?.length) constraints.enum = column.values;
  if (!list && column.minimum !== undefined) constraints.minimum = column.minimum;
  if (!list && column.maximum !== undefined) constraints.maximum = column.maximum;
  return {
    name: column.name,
    type: list ? 'string' : column.type,
    ...(column.format ? { format: column.format } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
};

const csvDialect = { delimiter: ',', lineTerminator: CSV_LINE_END, quoteChar: '"', doubleQuote: true, header: true };

export interface Exports {
  /** The schema of one exported entry (record-schema.ts), which the columns and records follow. */
  entrySchema: AnySchema;
  columns: Column[];
  records: Record<string, unknown>[];
  json: string;
  csv: string;
  taxonomyCsv: { name: string; path: string; columns: Column[]; csv: string }[];
  datapackage: Record<string, unknown>;
  dcat: Record<string, unknown>;
  /** velferdsspor.schema.json: the JSON Schema velferdsspor.json validates against. */
  jsonSchema: JsonSchema;
}

/** Every open-data file of one build, from the schemas and the content alone. */
export function buildExports(input: ExportInput): Exports {
  const entrySchema = entryRecordSchema(input.known);
  const columns = entryColumns(entrySchema);
  const organisations = organisationsOf(input.taxonomies);
  const records = input.entries.map((entry) => entryRecord({ ...input, entrySchema }, entry, organisations));
  const csv = writeCsv(
    columns.map((c) => c.name),
    records.map((record) => columns.map((c) => cellOf(record, c))),
  );
  const taxonomyCsv = input.taxonomies.map((taxonomy) => {
    const taxColumns = taxonomyColumns(taxonomy.schema);
    const rows = taxonomy.items.map((item) => {
      const record = { id: item.id, ...(item.data as object) };
      return taxColumns.map((c) => cellOf(record, c));
    });
    return {
      name: taxonomy.name,
      path: `/data/${taxonomy.name}.csv`,
      columns: taxColumns,
      csv: writeCsv(
        taxColumns.map((c) => c.name),
        rows,
      ),
    };
  });
  const json = JSON.stringify(
    {
      name: dataset.name,
      title: dataset.title,
      license: dataset.license.path,
      created: input.build.date,
      commit: input.build.commit ?? null,
      codebook: input.absolute(dataPaths.page),
      entries: records,
    },
    null,
    2,
  );

  // Table Schema foreign keys cover single values only; list references are documented in the codebook.
  const referenceFor = (column: Column) => {
    const target = column.shape === 'scalar' ? input.taxonomies.find((t) => t.key === column.taxonomy) : undefined;
    return target ? { fields: [column.name], reference: { resource: target.name, fields: ['id'] } } : undefined;
  };
  const datapackage = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.name,
    id: input.absolute(dataPaths.datapackage),
    title: dataset.title,
    description: dataset.description,
    homepage: input.absolute(dataPaths.page),
    version: input.build.date.slice(0, 10),
    created: input.build.date,
    keywords: [...dataset.keywords],
    licenses: [dataset.license],
    sources: [{ title: 'Velferdsspor, kildekode og innhold', path: input.absolute('/om/') }],
    resources: [
      {
        name: 'velferdsspor',
        type: 'table',
        path: 'velferdsspor.csv',
        title: 'Eksemplene, én rad per eksempel',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: csvDialect,
        schema: {
          fields: columns.map(fieldOf),
          primaryKey: ['id'],
          foreignKeys: columns.map(referenceFor).filter((f) => f !== undefined),
        },
      },
      ...taxonomyCsv.map((t) => ({
        name: t.name,
        type: 'table',
        path: `${t.name}.csv`,
        title: input.taxonomies.find((x) => x.name === t.name)!.title,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: csvDialect,
        schema: { fields: t.columns.map(fieldOf), primaryKey: ['id'] },
      })),
      {
        name: 'velferdsspor-json',
        path: 'velferdsspor.json',
        title: 'Eksemplene som JSON, med alle felt',
        description: 'Filen følger JSON Schema-et i ressursen velferdsspor-schema.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        name: 'velferdsspor-schema',
        path: 'velferdsspor.schema.json',
        title: 'JSON Schema for velferdsspor.json, laget fra skjemaene eksemplene kontrolleres med',
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
      },
    ],
  };

  const countries = [
    ...new Set(input.entries.map((e) => (e.data as { country?: string }).country).filter(Boolean)),
  ].sort() as string[];
  const distribution = (path: string, title: string, format: string, mediaType: string, conformsTo?: string) => ({
    '@id': input.absolute(path),
    '@type': 'dcat:Distribution',
    'dct:title': { '@language': 'nb', '@value': title },
    'dcat:accessURL': { '@id': input.absolute(dataPaths.page) },
    'dcat:downloadURL': { '@id': input.absolute(path) },
    'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dct:license': { '@id': dataset.license.path },
    ...(conformsTo ? { 'dct:conformsTo': { '@id': conformsTo } } : {}),
  });
  const datasetId = input.absolute(`${dataPaths.page}#dataset`);
  const dcat = {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': [
      {
        '@id': input.absolute(`${dataPaths.page}#katalog`),
        '@type': 'dcat:Catalog',
        'dct:title': { '@language': 'nb', '@value': 'Velferdsspor – datakatalog' },
        'dct:description': { '@language': 'nb', '@value': 'Datasettene Velferdsspor publiserer.' },
        'dct:publisher': { '@id': input.absolute('/om/') },
        'dcat:dataset': { '@id': datasetId },
      },
      {
        '@id': input.absolute('/om/'),
        '@type': 'foaf:Agent',
        'foaf:name': dataset.publisher,
      },
      {
        '@id': datasetId,
        '@type': 'dcat:Dataset',
        'dct:identifier': datasetId,
        'dct:title': { '@language': 'nb', '@value': dataset.title },
        'dct:description': { '@language': 'nb', '@value': dataset.description },
        'dct:publisher': { '@id': input.absolute('/om/') },
        'dcat:landingPage': { '@id': input.absolute(dataPaths.page) },
        'dct:modified': { '@type': 'xsd:date', '@value': input.build.date.slice(0, 10) },
        'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NOB' },
        'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/SOCI' },
        'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
        'dct:license': { '@id': dataset.license.path },
        'dct:spatial': countries.map((c) => ({
          '@id': `http://publications.europa.eu/resource/authority/country/${dataset.countries[c] ?? c}`,
        })),
        'dcat:keyword': dataset.keywords.map((k) => ({ '@language': 'nb', '@value': k })),
        'dcat:distribution': [
          distribution(dataPaths.csv, 'Eksemplene som CSV', 'CSV', 'text/csv'),
          distribution(dataPaths.json, 'Eksemplene som JSON', 'JSON', 'application/json'),
          distribution(
            dataPaths.datapackage,
            'Frictionless Data Package med tabellskjema',
            'JSON',
            'application/json',
            'https://datapackage.org/profiles/2.0/datapackage.json',
          ),
          ...taxonomyCsv.map((t) =>
            distribution(
              t.path,
              `Kodeliste: ${input.taxonomies.find((x) => x.name === t.name)!.title}`,
              'CSV',
              'text/csv',
            ),
          ),
        ],
      },
    ],
  };

  return {
    entrySchema,
    columns,
    records,
    json,
    csv,
    taxonomyCsv,
    datapackage,
    dcat,
    jsonSchema: datasetJsonSchema(input.known, input.absolute),
  };
}
