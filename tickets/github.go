package tickets

import (
	"strings"
)

// GitHubOptions shape the gh issue create commands.
type GitHubOptions struct {
	// Repo is OWNER/NAME; empty uses the repository of the folder gh runs in.
	Repo string
	// Labels are added to every issue; they must exist in the repository.
	Labels []string
}

// GitHubArgs is the gh command line that opens an issue for it.
func GitHubArgs(it Item, c Context, opt GitHubOptions) []string {
	args := []string{"issue", "create", "--title", summary(it.What), "--body", description(it, c)}
	if opt.Repo != "" {
		args = append(args, "--repo", clean(opt.Repo))
	}
	if strings.HasPrefix(it.Owner, "@") {
		args = append(args, "--assignee", handle(clean(it.Owner)))
	}
	for _, l := range opt.Labels {
		args = append(args, "--label", clean(l))
	}
	return args
}

// GitHubScript writes a bash script of one gh issue create per item. Every
// argument is single-quoted, so nothing in a note is run by the shell.
func GitHubScript(items []Item, c Context, opt GitHubOptions) []byte {
	var b strings.Builder
	b.WriteString("#!/usr/bin/env bash\n")
	b.WriteString("# Opens one GitHub issue per action item of the postmortem, with gh.\n")
	b.WriteString("# Written by debrief; `debrief tickets FILE --to github --run` does the same\n")
	b.WriteString("# and records each issue in the session, so it is never opened twice.\n")
	b.WriteString("set -euo pipefail\n")
	for _, it := range items {
		b.WriteString("\n# " + it.ID + "\n")
		b.WriteString("gh")
		for i, a := range GitHubArgs(it, c, opt) {
			if i > 1 && strings.HasPrefix(a, "--") {
				b.WriteString(" \\\n  ")
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(shellQuote(a))
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// shellQuote single-quotes s for bash.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
