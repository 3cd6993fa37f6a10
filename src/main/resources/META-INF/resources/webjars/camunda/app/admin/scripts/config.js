/*
 * Projektförderung Soziale Integration: a copy of the config.js shipped in
 * org.camunda.bpm.webapp:camunda-webapp-webjar:7.24.0 (app/admin/scripts/config.js); it
 * takes its place on the classpath. Compare with the shipped file when Camunda is upgraded.
 * Changed, nothing else:
 * - app: vendor and name make the browser title and the header brand (the webapps show
 *   "<vendor> <name>"; an empty vendor falls back to "Camunda"):
 *   "Kanton Aargau · Projektförderung Soziale Integration", as on the applicants' portal.
 * - locales: German (the webapps' own locales/de.json, with ss for ß, see README) is the
 *   default and the fallback; English stays available and is chosen when the browser's first
 *   language is English.
 * The "migrate to Camunda 8" banner has no switch in 7.24 (it is shown to every Community
 * Edition); ../styles/user-styles.css hides it.
 */

/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // // change the app name and vendor
  app: {
    name: 'Projektförderung Soziale Integration',
    vendor: 'Kanton Aargau ·'
  },
  // // custom libraries and scripts loading and initialization,
  // // see: http://docs.camunda.org/guides/user-guide/#tasklist-customizing-custom-scripts
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'admin' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `admin` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // 'runtimeActivityInstanceMetrics': {
  //   'display': true
  // },
  // 'historicActivityInstanceMetrics': {
  //   'adjustablePeriod': true,
  //   'period': {
  //     'unit': 'day'
  //   }
  // },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // userOperationLogAnnotationLength: 4000
};
