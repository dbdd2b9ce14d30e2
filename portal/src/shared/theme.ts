import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

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
