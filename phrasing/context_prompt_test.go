package phrasing

import "testing"

// TestTemplatePromptIsNotTheWriters: a template's italic instruction to
// its writer stays quiet in every wording; the same words as the author's
// statement, in italics or not, still flag.
func TestTemplatePromptIsNotTheWriters(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, quiet := range []string{
		"## Blameless root cause\n\n*Note the final root cause and describe what needs to change to prevent\nreoccurrence*",
		"*Describe the root cause, and what would have caught it sooner.*",
		"_List the root cause and the contributing factors._",
		"*Explain why the root cause was not caught in review.*",
		"## Impact\n\n_Summarise who was affected and for how long._\n\n## Root cause\n\n_Identify the root cause._",
	} {
		if fs := c.Check(quiet); len(fs) > 0 {
			t.Errorf("the template's prompt %q flags: %s", quiet, describe(fs))
		}
	}
	for _, flagged := range []string{
		"*The root cause was the config push.*",
		"**Note:** the root cause was the config push.",
		"Note that the root cause was the config push.",
		"We describe the root cause below: the root cause was the config push.",
	} {
		if fs := c.Check(flagged); len(fs) == 0 {
			t.Errorf("the author's %q should flag", flagged)
		}
	}
}
