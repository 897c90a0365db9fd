package dev.iamlint.iac;

/** What reading a file as a CloudFormation template gave. */
public sealed interface TemplateRead permits CloudFormationTemplate, NotATemplate, UnreadableTemplate {

    /** The file's path as the caller named it, for messages. */
    String path();
}
