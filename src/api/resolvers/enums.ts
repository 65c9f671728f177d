import { MODALITIES } from '../../extract/types.js';

/** GraphQL enum values are upper case; the graph stores the ontology's lower-case modality names. */
export const Modality = Object.fromEntries(MODALITIES.map((m) => [m.toUpperCase(), m]));

export const Direction = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' };
