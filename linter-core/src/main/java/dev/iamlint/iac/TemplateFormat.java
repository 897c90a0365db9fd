package dev.iamlint.iac;

/** How a template is written. */
public enum TemplateFormat { JSON, YAML }
