// Stand-in for @msinternal/sp-idle-web-task 0.1.2 (SharePoint's CDN only): sp-webpart-base queues the
// prefetch of components a web part declares for idle time. Tasks run when the browser is idle.
define('c49ba483-7614-4c5c-b9dd-11b45a5fa280_0.1.2', [], function () {
  'use strict';
  var idle = window.requestIdleCallback ? window.requestIdleCallback.bind(window) : function (f) { return setTimeout(f, 1); };
  var cancelIdle = window.cancelIdleCallback ? window.cancelIdleCallback.bind(window) : clearTimeout;
  function IdleTaskQueue() { this._handles = new Map(); }
  IdleTaskQueue.prototype.enqueueTask = function (task) {
    var handles = this._handles;
    handles.set(task.id, idle(function () { handles.delete(task.id); task.task(); }));
  };
  IdleTaskQueue.prototype.removeTask = function (id) {
    var handle = this._handles.get(id);
    if (handle !== undefined) cancelIdle(handle);
    this._handles.delete(id);
  };
  IdleTaskQueue.instance = new IdleTaskQueue();
  var IdleTaskPriority = { CRITICAL: 0, HIGH: 1, OPTIONAL_HIGH: 2, OPTIONAL_LOW: 3 };
  var PrefetchDependencyPriority = { high: 'high', low: 'low' };
  function createPrefetchDependencyQueue(name, dependencies) {
    var cancelled = false;
    return {
      prefetchByPriorityWhenIdle: function () {
        var keys = Object.keys(dependencies).sort(function (a, b) {
          return (dependencies[a].priority === 'high' ? 0 : 1) - (dependencies[b].priority === 'high' ? 0 : 1);
        });
        keys.forEach(function (key) {
          idle(function () { if (!cancelled) dependencies[key].prefetch().catch(function () { return undefined; }); });
        });
      },
      cancelPrefetching: function () { cancelled = true; }
    };
  }
  return {
    IdleTaskQueue: IdleTaskQueue,
    IdleTaskPriority: IdleTaskPriority,
    PrefetchDependencyPriority: PrefetchDependencyPriority,
    createPrefetchDependencyQueue: createPrefetchDependencyQueue
  };
});
