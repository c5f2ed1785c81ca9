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

	// The zone database ships in the binary so a setup's time zone
	// resolves on a machine without zoneinfo files (a slim container,
	// Windows): a session written in Europe/Berlin reads in it anywhere.
	_ "time/tzdata"
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
  debrief serve --keys FILE [--listen ADDR] [--viewers] [new's flags | --resume FILE]
                                 host a meeting others join with ssh -p 2222 HOST
  debrief follow FILE            a read-only live view of a meeting another debrief is writing
  debrief export FILE [-o OUT.md] [--publish] [--actions OUT.yaml]
                                 write the postmortem (Markdown on stdout without -o)
  debrief replay FILE [--speed N]
                                 play a meeting back (a session file or an exported postmortem)
  debrief lint [--names A,B] [--rules FILE] [--format text|json|github|sarif]
               [--fail-on warning|suggestion] [--all-rules] [FILE...]
                                 flag blameful phrasing in postmortems (stdin without FILE)
  debrief agenda                 print the default agenda, a starting point for your own
  debrief tickets FILE --to jira-csv|github|linear-csv [-o OUT] [--run]
                                 action items as tracker tickets (gh commands, CSV imports)
  debrief actions [DIR] [--owner X] [--service S] [--overdue] [--format text|json]
                                 open action items across the archive; exit 1 when one is overdue
  debrief actions done|reopen FILE ID · debrief actions sync FILE --from jira-csv EXPORT
                                 follow action items up after the meeting
  debrief archive [DIR...]       index the postmortems under DIR (default: this git repository)
  debrief search QUERY [--service S] [--severity X] [--since DATE] [--factor WORDS]
                 [--format text|json] [--dir DIR]
                                 search the archive; a picker on a terminal
  debrief stats [DIR] [--by service|severity|trigger|quarter] [--format text|json|csv]
                                 times to detect/mitigate/resolve, action items, recurring factors
  debrief help [COMMAND]         this text, or one command's flags
  debrief version                the version of this binary

Flags for new:
  --title TEXT --service NAME --severity SEV-1..SEV-4 --date YYYY-MM-DD
  --attendees "Ana:facilitator,Bo:scribe,Cy:ic,Di:owner,Ed"
  --agenda FILE    a team's own agenda (see debrief agenda)
  --rules FILE     a team's phrasing rules, on top of the defaults
  --session FILE   where to write the session file (default: a dated name here)
  --import FILE    seed the timeline with draft rows from alerts, pages, chat or CSV
                   (repeatable; see README "Importing the timeline")
  --window FROM/TO the incident's time window for a Slack export, in RFC 3339
                   (default: the other files' span, or --date)

Keys in the meeting: enter commits · ctrl+n next phase · ctrl+p previous ·
ctrl+c saves and quits · the help line shows the rest (? or f1 for all).
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "new"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch {
	case cmd == "help":
		return cmdHelp(args, stdin, stdout, stderr)
	case cmd == "version" || (cmd == "new" && len(args) > 0 && isVersionFlag(args[0])):
		fmt.Fprintf(stdout, "debrief %s\n", version())
		return exitOK
	case cmd == "new" && len(args) > 0 && isHelpFlag(args[0]):
		fmt.Fprint(stdout, usage)
		return exitOK
	case wantsHelp(args):
		return commandHelp(cmd, stdin, stdout, stderr)
	}
	return dispatch(cmd, args, stdin, stdout, stderr)
}

// command runs one subcommand with its arguments and the process's streams.
type command func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// commands is every subcommand by name.
var commands = map[string]command{
	"new":     func(a []string, _ io.Reader, _, e io.Writer) int { return cmdNew(a, e) },
	"resume":  func(a []string, _ io.Reader, _, e io.Writer) int { return cmdResume(a, e) },
	"export":  func(a []string, _ io.Reader, o, e io.Writer) int { return cmdExport(a, o, e) },
	"replay":  func(a []string, _ io.Reader, _, e io.Writer) int { return cmdReplay(a, e) },
	"lint":    cmdLint,
	"agenda":  func(a []string, _ io.Reader, o, e io.Writer) int { return cmdAgenda(a, o, e) },
	"tickets": func(a []string, _ io.Reader, o, e io.Writer) int { return cmdTickets(a, o, e) },
	"actions": func(a []string, _ io.Reader, o, e io.Writer) int { return cmdActions(a, o, e) },
	"archive": func(a []string, _ io.Reader, o, e io.Writer) int { return cmdArchive(a, o, e) },
	"search":  func(a []string, _ io.Reader, o, e io.Writer) int { return cmdSearch(a, o, e) },
	"stats":   func(a []string, _ io.Reader, o, e io.Writer) int { return cmdStats(a, o, e) },
	"serve":   func(a []string, _ io.Reader, _, e io.Writer) int { return cmdServe(a, e) },
	"follow":  func(a []string, _ io.Reader, _, e io.Writer) int { return cmdFollow(a, e) },
}

// dispatch runs one subcommand.
func dispatch(cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if c, ok := commands[cmd]; ok {
		return c(args, stdin, stdout, stderr)
	}
	fmt.Fprintf(stderr, "debrief: unknown command %q\n\n%s", cmd, usage)
	return exitError
}
