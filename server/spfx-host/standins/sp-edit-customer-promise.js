// Stand-in for @msinternal/sp-edit-customer-promise 0.1.0 (SharePoint's CDN only): SharePoint's edit-mode
// failure telemetry. Here a failure is written to the console, so that a test sees it.
define('42647dee-1f75-4b9f-b521-5c844a6c35cc_0.1.0', ['@microsoft/sp-core-library'], function (core) {
  'use strict';
  function report(failure) {
    console.error('[edit mode] ' + (failure && (failure.errorCode + ': ' + failure.errorMessage)));
  }
  function EditModeCustomerPromiseHandler() {}
  EditModeCustomerPromiseHandler.prototype.logFailure = report;
  EditModeCustomerPromiseHandler.serviceKey = core.ServiceKey.create('sp-edit-customer-promise:EditModeCustomerPromiseHandler', EditModeCustomerPromiseHandler);
  return {
    _EditModeCustomerPromiseHandler: EditModeCustomerPromiseHandler,
    _logFailuresForEditCustomerPromise: report
  };
});
