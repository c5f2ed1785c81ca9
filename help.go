package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// buildVersion is set at release time with
// -ldflags "-X main.buildVersion=v1.2.3"; without it the module's build
// information says what was built.
var buildVersion string

// version names this binary: the release it was built as, or the module
// version and commit Go recorded, or "devel" for a local build.
func version() string {
	if buildVersion != "" {
		return buildVersion
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " (" + s.Value[:12] + ")"
		}
	}
	return v + " " + info.GoVersion
}

func isHelpFlag(a string) bool {
	return a == "-h" || a == "--help" || a == "-help"
}

func isVersionFlag(a string) bool {
	return a == "--version" || a == "-version" || a == "-V"
}

// wantsHelp says whether the arguments ask for help before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if isHelpFlag(a) {
			return true
		}
	}
	return false
}

// cmdHelp is "debrief help [COMMAND]".
func cmdHelp(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || (len(args) == 1 && isHelpFlag(args[0])) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if len(args) > 1 {
		fmt.Fprintf(stderr, "debrief: help takes one command, not %d\n", len(args))
		return exitError
	}
	return commandHelp(args[0], stdin, stdout, stderr)
}

// commandHelp prints one command's usage and flags on stdout and exits 0,
// as a user who asked for help expects. Every command parses its flags
// with the flag package, which prints the usage and stops at -h before
// doing any work, so asking the command itself keeps one description of
// each command's flags.
func commandHelp(cmd string, stdin io.Reader, stdout, stderr io.Writer) int {
	switch cmd {
	case "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "version":
		fmt.Fprintln(stdout, "usage: debrief version\n  print the version of this binary")
		return exitOK
	}
	if _, ok := commands[cmd]; !ok {
		fmt.Fprintf(stderr, "debrief: no help for %q: not a command\n\n%s", cmd, usage)
		return exitError
	}
	dispatch(cmd, []string{"-h"}, stdin, stdout, stdout)
	return exitOK
}
