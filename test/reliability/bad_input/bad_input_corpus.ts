import { API_KEY_CONNECTION_CORPUS } from './api_key_connection_cases';
import type { BadInputCorpus } from './bad_input_case';
import { CERTIFICATE_CONNECTION_CORPUS } from './certificate_connection_cases';
import { LATER_ROUTE_CORPUS } from './later_route_cases';
import { READ_ROUTE_CORPUS } from './read_route_cases';
import { REMOTE_ROUTE_CORPUS } from './remote_route_cases';

/** Every route's malformed requests. A route in ROUTES without an entry here fails the suite. */
export const BAD_INPUT_CORPUS: BadInputCorpus = {
  ...READ_ROUTE_CORPUS,
  ...API_KEY_CONNECTION_CORPUS,
  ...CERTIFICATE_CONNECTION_CORPUS,
  ...REMOTE_ROUTE_CORPUS,
  ...LATER_ROUTE_CORPUS,
};
