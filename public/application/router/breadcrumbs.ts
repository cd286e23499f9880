import type { ChromeBreadcrumb } from '@kbn/core/public';
import { PLUGIN_NAME } from '../../../common/constants';
import { strings } from '../strings';
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
    case 'notFound':
      return [{ text: PLUGIN_NAME, href: OVERVIEW_PATH }];
  }
}
