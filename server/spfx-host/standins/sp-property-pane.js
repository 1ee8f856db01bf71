// Stand-in for @microsoft/sp-property-pane 1.23.2. The real bundle is on npm but needs about 17 internal
// bundles (Fluent v9 and ODSP bundles) that exist only on SharePoint's CDN, so it cannot load offline.
// This module keeps the part our web parts use unchanged: the PropertyPane* field factories (same
// `{ type, targetProperty, properties }` objects and PropertyPaneFieldType numbers as the real ones). In
// place of Microsoft's pane, `_ConfigurableOptionsController` draws a plain form from what the web part
// hands the real pane (`_getPropertyPaneData`) and writes edits back through the web part's own
// `_onPropertyPaneFieldChanged`, so a test exercises getPropertyPaneConfiguration and the reactive
// property update of the real BaseClientSideWebPart. It is not Microsoft's property pane UI.
define('f9e737b7-f0df-4597-ba8c-3060f82380db_1.23.2', [], function () {
  'use strict';
  var FieldType = {
    Custom: 1, CheckBox: 2, TextField: 3, Toggle: 5, Dropdown: 6, Label: 7, Slider: 8, Heading: 9, ChoiceGroup: 10,
    Button: 11, HorizontalRule: 12, Link: 13, DynamicField: 14, DynamicTextField: 15, DynamicFieldSet: 16, SpinButton: 17
  };
  Object.keys(FieldType).forEach(function (k) { FieldType[FieldType[k]] = k; });
  function field(type) {
    return function (targetProperty, properties) { return { type: type, targetProperty: targetProperty, properties: properties }; };
  }

  var PANE_ID = 'spfx-host-property-pane';

  function ConfigurableOptionsController() {
    this._consumers = new Map();
    this._openFor = undefined;
  }
  ConfigurableOptionsController.prototype.registerConsumer = function (id, consumer) { this._consumers.set(id, consumer); };
  ConfigurableOptionsController.prototype.onConsumerDelete = function (id) {
    this._consumers.delete(id);
    if (this._openFor === id) this._close();
  };
  ConfigurableOptionsController.prototype.isOpen = function (id) { return id === undefined ? this._openFor !== undefined : this._openFor === id; };
  ConfigurableOptionsController.prototype.isRenderedByConsumer = function () { return false; };
  ConfigurableOptionsController.prototype.isContentPanelOpen = function () { return false; };
  ConfigurableOptionsController.prototype.requestAction = function (id, action) {
    if (action === 'Close' || (action === 'Toggle' && this._openFor === id)) return this._close();
    if (action === 'Open' || action === 'Toggle' || action === 'Default' || action === 'Refresh') return this._open(id);
  };
  ConfigurableOptionsController.prototype._close = function () {
    var consumer = this._consumers.get(this._openFor);
    var pane = document.getElementById(PANE_ID);
    if (pane) pane.remove();
    this._openFor = undefined;
    if (consumer && consumer._onPropertyPaneLifeCycleEvent) consumer._onPropertyPaneLifeCycleEvent('ConfigurationComplete');
  };
  ConfigurableOptionsController.prototype._open = function (id) {
    var consumer = this._consumers.get(id);
    if (!consumer) return;
    var self = this;
    if (consumer._onPropertyPaneLifeCycleEvent) consumer._onPropertyPaneLifeCycleEvent('ConfigurationStart');
    return consumer._getPropertyPaneData(false).then(function (data) {
      self._openFor = id;
      render(data, consumer, function () { self._close(); });
    });
  };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function render(data, consumer, close) {
    var old = document.getElementById(PANE_ID);
    if (old) old.remove();
    var page = (data.configuration.pages || [])[0] || { groups: [] };
    var pane = el('aside', { id: PANE_ID, 'aria-label': (page.header && page.header.description) || data.title || 'Property pane' });
    pane.style.cssText = 'position:fixed;top:0;right:0;width:320px;height:100%;overflow:auto;background:#fff;color:#323130;border-left:1px solid #8a8886;padding:16px;box-sizing:border-box;font:14px "Segoe UI",sans-serif;z-index:1000';
    if (page.header && page.header.description) pane.appendChild(el('h2', {}, page.header.description));
    (page.groups || []).forEach(function (group, g) {
      var set = el('fieldset', {});
      if (group.groupName) set.appendChild(el('legend', {}, group.groupName));
      (group.groupFields || []).forEach(function (f, i) {
        var inputId = PANE_ID + '-' + g + '-' + i;
        var props = f.properties || {};
        var value = f.targetProperty ? data.properties[f.targetProperty] : undefined;
        var row = el('div', {});
        row.style.margin = '8px 0';
        if (f.type === FieldType.TextField) {
          row.appendChild(el('label', { for: inputId }, props.label || f.targetProperty));
          var input = el('input', { id: inputId, type: 'text' });
          input.value = value === undefined || value === null ? '' : String(value);
          if (props.description) {
            input.setAttribute('aria-describedby', inputId + '-d');
            row.appendChild(input);
            row.appendChild(el('div', { id: inputId + '-d' }, props.description));
          } else row.appendChild(input);
          input.addEventListener('change', function () { consumer._onPropertyPaneFieldChanged(f.targetProperty, input.value, f.type); });
        } else if (f.type === FieldType.Toggle || f.type === FieldType.CheckBox) {
          var box = el('input', { id: inputId, type: 'checkbox' });
          if (f.type === FieldType.Toggle) box.setAttribute('role', 'switch');
          box.checked = value === undefined ? !!props.checked : !!value;
          row.appendChild(box);
          row.appendChild(el('label', { for: inputId }, props.label || props.text || f.targetProperty));
          box.addEventListener('change', function () { consumer._onPropertyPaneFieldChanged(f.targetProperty, box.checked, f.type); });
        } else {
          row.appendChild(el('div', {}, props.label || props.text || FieldType[f.type] || String(f.type)));
        }
        set.appendChild(row);
      });
      pane.appendChild(set);
    });
    var done = el('button', { type: 'button' }, 'OK');
    done.addEventListener('click', close);
    pane.appendChild(done);
    document.body.appendChild(pane);
  }

  return {
    PropertyPaneFieldType: FieldType,
    PropertyPaneTextField: field(FieldType.TextField),
    PropertyPaneToggle: field(FieldType.Toggle),
    PropertyPaneCheckbox: field(FieldType.CheckBox),
    PropertyPaneDropdown: field(FieldType.Dropdown),
    PropertyPaneLabel: field(FieldType.Label),
    PropertyPaneSlider: field(FieldType.Slider),
    PropertyPaneChoiceGroup: field(FieldType.ChoiceGroup),
    PropertyPaneButton: field(FieldType.Button),
    PropertyPaneLink: function (targetProperty, properties) { return { type: FieldType.Link, targetProperty: undefined, properties: properties }; },
    PropertyPaneHorizontalRule: function () { return { type: FieldType.HorizontalRule, targetProperty: undefined, properties: undefined }; },
    PropertyPaneCustomField: function (properties) { return { type: FieldType.Custom, targetProperty: undefined, properties: properties }; },
    _ConfigurableOptionsController: ConfigurableOptionsController
  };
});
