/**
 * html-validate configuration for the built site. Every rule of the
 * recommended preset applies unless switched off below, each with its reason.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {},
};
