import { definePreset } from '@primeuix/themes';
import base from '@primeuix/themes/aura/base';
import css from '@primeuix/themes/aura/css';
import type { ExtendedCSS } from '@primeuix/themes/types';
import badge from '@primeuix/themes/aura/badge';
import button from '@primeuix/themes/aura/button';
import checkbox from '@primeuix/themes/aura/checkbox';
import confirmdialog from '@primeuix/themes/aura/confirmdialog';
import datatable from '@primeuix/themes/aura/datatable';
import dialog from '@primeuix/themes/aura/dialog';
import drawer from '@primeuix/themes/aura/drawer';
import iconfield from '@primeuix/themes/aura/iconfield';
import inputnumber from '@primeuix/themes/aura/inputnumber';
import inputtext from '@primeuix/themes/aura/inputtext';
import message from '@primeuix/themes/aura/message';
import paginator from '@primeuix/themes/aura/paginator';
import progressbar from '@primeuix/themes/aura/progressbar';
import progressspinner from '@primeuix/themes/aura/progressspinner';
import radiobutton from '@primeuix/themes/aura/radiobutton';
import ripple from '@primeuix/themes/aura/ripple';
import select from '@primeuix/themes/aura/select';
import tag from '@primeuix/themes/aura/tag';
import textarea from '@primeuix/themes/aura/textarea';
import toast from '@primeuix/themes/aura/toast';
import virtualscroller from '@primeuix/themes/aura/virtualscroller';

// Aura with only the components the portal renders, itself or inside another component (DataTable
// renders a Paginator, a Select, checkboxes...). The whole Aura preset is token objects for ~90
// components, built in the first task of every page. A component missing here renders unstyled
// without an error: theme.spec.ts derives the list from the portal's primevue imports and fails if one is left out.
const Aura = {
  ...base,
  components: {
    badge,
    button,
    checkbox,
    confirmdialog,
    datatable,
    dialog,
    drawer,
    iconfield,
    inputnumber,
    inputtext,
    message,
    paginator,
    progressbar,
    progressspinner,
    radiobutton,
    ripple,
    select,
    tag,
    textarea,
    toast,
    virtualscroller,
  },
  // The module's default export is the CSS string; its .d.ts declares a named export instead.
  css: css as unknown as ExtendedCSS,
};

// Aura with darker shades where its defaults fall below WCAG AA contrast (4.5:1) for text:
// white on emerald-500/red-500 buttons, and 600-shade text on tinted message and toast backgrounds.
const severities = (shade: { info: string; success: string; warn: string; error: string; secondary: string }) => ({
  info: { color: shade.info, detailColor: shade.info },
  success: { color: shade.success, detailColor: shade.success },
  warn: { color: shade.warn, detailColor: shade.warn },
  error: { color: shade.error, detailColor: shade.error },
  secondary: { color: shade.secondary, detailColor: shade.secondary },
});
const textShades = { info: '{blue.800}', success: '{green.800}', warn: '{yellow.900}', error: '{red.800}', secondary: '{surface.700}' };

export const PartnerbookPreset = definePreset(Aura, {
  semantic: {
    colorScheme: {
      light: {
        primary: { color: '{emerald.700}', contrastColor: '#ffffff', hoverColor: '{emerald.800}', activeColor: '{emerald.900}' },
      },
    },
  },
  components: {
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
              color: '#ffffff',
            },
          },
          text: { danger: { color: '{red.700}' }, primary: { color: '{emerald.800}' } },
        },
      },
    },
    message: { colorScheme: { light: severities(textShades) } },
    // Opaque toasts: the default translucent tint over the dark top bar fails contrast.
    toast: {
      colorScheme: {
        light: {
          info: { color: '{blue.800}', detailColor: '{blue.800}', background: '{blue.50}' },
          success: { color: '{green.800}', detailColor: '{green.800}', background: '{green.50}' },
          warn: { color: '{yellow.900}', detailColor: '{yellow.900}', background: '{yellow.50}' },
          error: { color: '{red.800}', detailColor: '{red.800}', background: '{red.50}' },
          secondary: { color: '{surface.700}', detailColor: '{surface.700}', background: '{surface.100}' },
        },
      },
    },
  },
});
