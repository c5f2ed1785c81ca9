// Command debrief runs the live blameless postmortem review meeting in the
// terminal: a timed agenda for the facilitator, live capture for the scribe,
// blameful phrasing flagged as it is typed, a crash-safe session file, a
// Markdown postmortem, replay, and a linter for postmortems kept in git.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses: 0 fine, 1 findings (lint), 2 bad input or a failure.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

const usage = `debrief runs a blameless postmortem review meeting in the terminal.

Usage:
  debrief [new] [flags]          start a meeting (setup screen first)
  debrief resume FILE            continue a meeting from its session file
  debrief export FILE [-o OUT.md] [--actions OUT.yaml]
                                 write the postmortem (Markdown on stdout without -o)
  debrief replay FILE [--speed N]
                                 play a meeting back (a session file or an exported postmortem)
  debrief lint [--names A,B] [--rules FILE] [--format text|json|github|sarif]
               [--fail-on warning|suggestion] [FILE...]
                                 flag blameful phrasing in postmortems (stdin without FILE)
  debrief agenda                 print the default agenda, a starting point for your own

Flags for new:
  --title TEXT --service NAME --severity SEV-1..SEV-4 --date YYYY-MM-DD
  --attendees "Ana:facilitator,Bo:scribe,Cy:ic,Di:owner,Ed"
  --agenda FILE    a team's own agenda (see debrief agenda)
  --rules FILE     a team's phrasing rules, on top of the defaults
  --session FILE   where to write the session file (default: a dated name here)

Keys in the meeting: enter commits · ctrl+n next phase · ctrl+p previous ·
ctrl+c saves and quits · the help line shows the rest (esc then ? for all).
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "new"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "new":
		return cmdNew(args, stderr)
	case "resume":
		return cmdResume(args, stderr)
	case "export":
		return cmdExport(args, stdout, stderr)
	case "replay":
		return cmdReplay(args, stderr)
	case "lint":
		return cmdLint(args, stdin, stdout, stderr)
	case "agenda":
		return cmdAgenda(args, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "debrief: unknown command %q\n\n%s", cmd, usage)
	return exitError
}
