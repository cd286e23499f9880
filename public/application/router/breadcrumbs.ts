import type { ChromeBreadcrumb } from '@kbn/core/public';
import { PLUGIN_NAME } from '../../../common/constants';
import { strings } from '../strings';
import { validateStrings } from '../pages/validate/validate_strings';
import { keysStrings } from '../pages/keys/keys_strings';
import { doctorStrings } from '../pages/doctor/doctor_strings';
import { OVERVIEW_PATH, type AppRoute } from './app_routes';

/**
 * Stack Management prepends its own breadcrumb and turns each `href` into a link through the
 * app's scoped history, so an `href` here is a path inside the app.
 */
export function breadcrumbsFor(route: AppRoute): ChromeBreadcrumb[] {
  switch (route.page) {
    case 'overview':
      return [{ text: PLUGIN_NAME }];
    case 'connect':
      return [
        { text: PLUGIN_NAME, href: OVERVIEW_PATH },
        { text: strings.navigation.connectBreadcrumb(route.namespace, route.name) },
      ];
    case 'remoteAdded':
      return [{ text: PLUGIN_NAME, href: OVERVIEW_PATH }, { text: strings.navigation.remoteAddedBreadcrumb }];
    case 'validate':
      return [{ text: PLUGIN_NAME, href: OVERVIEW_PATH }, { text: validateStrings.breadcrumb }];
    case 'keys':
      return [{ text: PLUGIN_NAME, href: OVERVIEW_PATH }, { text: keysStrings.breadcrumb }];
    case 'doctor':
      return [{ text: PLUGIN_NAME, href: OVERVIEW_PATH }, { text: doctorStrings.breadcrumb(route.alias) }];
    case 'notFound':
      return [{ text: PLUGIN_NAME, href: OVERVIEW_PATH }];
  }
}
