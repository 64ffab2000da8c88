/**
 * The blocks' editor side, in plain JavaScript on WordPress's globals (no
 * build step): each block's fields in the sidebar, and the server's own
 * rendering of the block as the live preview. The fields and their
 * translated labels come from PHP (window.jihaWidgetsEditor, see
 * includes/blocks.php); saving stores attributes only, the page is made on
 * the server.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  function control(field, props) {
    var value = props.attributes[field.attribute];
    function set(next) {
      var change = {};
      change[field.attribute] = next;
      props.setAttributes(change);
    }
    if (field.kind === 'bool') {
      return el(components.ToggleControl, {
        key: field.attribute,
        label: field.label,
        checked: value === true,
        onChange: set,
      });
    }
    if (field.kind === 'data') {
      return el(components.TextareaControl, {
        key: field.attribute,
        label: field.label,
        value: value || '',
        rows: 8,
        onChange: set,
      });
    }
    return el(components.TextControl, {
      key: field.attribute,
      label: field.label,
      value: value || '',
      type: field.kind === 'url' || field.kind === 'image' ? 'url' : 'text',
      onChange: function (next) {
        set(next === '' ? undefined : next);
      },
    });
  }

  config.blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      edit: function (props) {
        var fields = block.fields.map(function (field) {
          return control(field, props);
        });
        return el(
          'div',
          blockEditor.useBlockProps(),
          el(
            blockEditor.InspectorControls,
            null,
            el(components.PanelBody, { title: config.panelTitle, initialOpen: true }, fields),
          ),
          el(ServerSideRender, { block: block.name, attributes: props.attributes }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.jihaWidgetsEditor);
