package phrasing

import "testing"

// recallShapes are notes in the shapes real postmortems used that the
// checker missed in round five's held-out set (bench/README.md), written
// for debrief, each with the rule that must flag it, and their plain
// look-alikes, which must not be flagged by any rule. corpus.tsv is at the
// 30% held-out floor, so these live here until a new held-out block lets
// the corpus grow.
var recallShapes = []struct {
	rule string // "" for a line nothing may flag
	text string
}{
	// Counterfactuals in the passive, with "we", or with no subject.
	{"passive-counterfactual", "This could have been caught by a basic unit test."},
	{"passive-counterfactual", "The leak could have been addressed earlier had the service been load tested."},
	{"passive-counterfactual", "The gap could have limited the damage if caught sooner."},
	{"passive-counterfactual", "The overflow might also have been found by putting more thought into the spec."},
	{"passive-counterfactual", "This should never have made it to production."},
	{"passive-counterfactual", "If the runbook had been followed, the failover would have worked."},
	{"should-have", "We could and should have recognised that the delegation would break."},
	{"should-have", "Even so, I should have:\n\n- **Taken a moment** before deleting anything."},
	{"", "We should have:\n- an owner for each service\n- a pager rota"},
	{"", "The alert may have only reached half the team, so it could have been noticed earlier."},
	{"", "The data could have been read by anyone with the link."},
	{"", "With a canary stage, this could have been caught earlier."},
	{"", "Had the disk been larger, the rebuild would have finished."},
	{"", "The pod should not have been evicted by the scheduler."},
	{"", "We asked whether the change had been reviewed."},
	{"", "The request could have been handled by any of the three replicas."},
	{"", "The attacker could have been detected by the anomaly monitor if it had been enabled."},
	{"", "We confirmed the backup had been tested the week before."},
	{"", "If restarted sooner, the node rejoins the cluster by itself."},
	// Steps of care left out.
	{"care-skipped", "A small update was deployed without first being tested."},
	{"care-skipped", "We chased the CDN without verifying the origin servers."},
	{"care-skipped", "The deploy went out without anyone reviewing it."},
	{"care-skipped", "The schema change was merged without review."},
	{"care-skipped", "After a small update was deployed without first being tested, the site went down."},
	{"care-skipped", "We let the domain registration lapse."},
	{"", "Docs-only changes are merged without review."},
	{"", "The cron job ran without checking the lock file."},
	{"", "We had to deploy without testing because the runner was down."},
	{"", "We let the batch finish before the cutover."},
	{"", "We allowed the retry budget to run out before paging, by design."},
	{"", "We let the old index expire on purpose."},
	// The writer or the team judging itself.
	{"self-judgement", "The first mistake was a refactor I pushed on Friday."},
	{"self-judgement", "The second mistake is that the logs were not kept."},
	{"self-judgement", "We are sorry we failed you this week."},
	{"self-judgement", "I take full responsibility for this failure."},
	{"self-judgement", "Of all the failures, the biggest one belongs to me."},
	{"person-failure", "We had not yet prioritised our own on-call runbooks."},
	{"vague-area", "Insufficient capacity planning for the new region."},
	{"", "The first error was logged at 09:02."},
	{"", "We are sorry for the disruption this caused."},
	{"", "We take full responsibility for keeping customer data safe."},
	{"", "We had not seen traffic like this before."},
	{"self-judgement", "The slowdown came from our failure to watch the disk on the replicas."},
	{"self-judgement", "My biggest regret is not testing the restore path."},
	{"self-judgement", "I take the blame for this one."},
	{"person-failure", "We didn't wait for the canary results before promoting."},
	{"care-skipped", "I merged the fix without running the test suite."},
	{"person-failure", "The protocol team made a critical error in the reward maths."},
	{"vague-action", "We should make sure our team is more careful next quarter."},
	{"", "Bob made a huge change to the config at 09:00."},
	{"", "We don't assign blame in these reviews."},
	{"", "The failure to connect was logged at 09:14."},
	{"", "I regret to say the data is gone."},
	{"", "The failover happened without anyone noticing, which is what we want."},
	{"", "The policy allowed the deploy to proceed without a second approval."},
	{"", "We let the old nodes drain for an hour before removing them."},
	{"", "A common mistake is to restart the primary first."},
	{"", "Failure to renew results in a 403 from the API."},
	{"", "We measured it on documents no one had read before."},
	{"", "The protocol's approach to liquidations uses a Dutch auction."},
	{"", "The team behind the SDK published a fix within the hour."},
	{"", "We added safeguards against double withdrawals in the vault contract."},
	{"", "Enhanced logging was deployed at 14:00."},
	{"", "Obviously running out of inodes was the trigger."},
	{"self-judgement", "Our team lacked experience with cluster upgrades."},
	{"self-judgement", "The developer lacked the knowledge to review the contract."},
	{"self-judgement", "Failure to follow the runbook led to the outage."},
	{"blame-labels", "The engineer was inexperienced."},
	{"blame-labels", "The deploy was done in a hurry."},
	{"", "We lacked a pool utilisation alert."},
	{"", "Failure to renew results in a 403 from the API."},
	{"", "We measured it on documents no one had read before."},
	{"", "It would help to reach team members in a hurry."},
	// Another organisation's design or decision graded.
	{"graded-decision", "It was incredibly risky to let anyone pass arbitrary calldata."},
	{"graded-decision", "The correct way to price the pool would have been to use a time-weighted average."},
	{"passive-agent", "The RAID set was very poorly designed by Jacob."},
	{"work-graded", "The number of unit tests for the vault contracts is minimal."},
	{"", "It was too risky to restart the primary at peak, so we waited."},
	{"", "The correct way to rotate keys is in the runbook."},
	{"", "The effort to roll back was minimal."},
	{"", "The integration tests were minimal by design; the end-to-end suite covers the rest."},
	{"", "The RAID set was designed by Jacob in 2019."},
	{"graded-decision", "Allowing arbitrary calls was a terrible design decision."},
	{"graded-decision", "The protocol's approach to price oracles was naive."},
	{"graded-decision", "The approach they chose was extremely dangerous."},
	{"care-skipped", "We assumed a traffic spike without thorough analysis."},
	{"person-failure", "The team behind the bridge ignored the warnings from researchers."},
	{"person-failure", "The audit firm failed to catch the overflow."},
	{"handled-poorly", "Their contracts were poorly written and poorly tested."},
	{"", "The approach was risky, so we staged it over a week."},
	{"", "The tooling behind the release did not cover rollbacks."},
	{"", "A failure in the DNS provider caused the errors."},
	{"person-failure", "The engineers at the vendor ignored the report."},
	{"", "The design was unsafe for concurrent writers, which the docs say."},
	{"rule-breaking", "The disclosure was vague. This violates the\n[principle of least privilege](https://example.org/p), and our protocols."},
	{"", "We paged the DBA at 09:12\n[runbook](https://example.org/r) steps were followed."},
	{"graded-decision", "I don't understand why they let the proxy into the whitelist."},
	{"graded-decision", "We still can't fathom why anyone would deploy on a Friday."},
	{"", "We don't understand why the cache evicted the key."},
	{"", "I don't know why they restarted; the logs stop at 09:00."},
	{"fault-adverb", "A team member accidentally ran the cleanup script against production."},
	{"work-graded", "This was missed in code review."},
	{"care-skipped", "The reviewer approved the PR without running it locally."},
	{"slow-response", "Our response was too slow."},
	{"handled-poorly", "The incident was mishandled from the start."},
	{"work-graded", "The communication with customers was poor."},
	{"handled-poorly", "Customers were not informed in a timely manner."},
	{"team-missed", "The runbook was outdated because nobody maintained it."},
	{"nobody-watching", "Nobody was monitoring the dashboards over the weekend."},
	{"", "Cluster members did not respond to the election."},
	{"", "Our response time was too slow for the SLO."},
	{"", "The message was missed in the queue and retried."},
	{"", "The communication to the broker was poor on the old driver."},
	{"", "It would appear nobody from the team has updated the extension since March."},
	{"", "Reports must be filed in a timely manner."},
	{"person-failure", "The team did not have the contract audited before launch."},
	{"blame-labels", "The protocol made the mistake of using spot prices as an oracle."},
	{"hindsight-obvious", "It is surprising that such a basic check was missing."},
	{"hindsight-obvious", "This is a bug any auditor would have caught."},
	{"graded-decision", "Their decision to use a single admin key was a huge risk."},
	{"person-failure", "The owners never bothered to verify the contract."},
	{"", "In such a simple setup, one node is enough."},
	{"", "The plan was a big risk, so we rehearsed it twice."},
	{"", "We did not have the access needed to restart it."},
	{"person-failure", "The outage traced back to an engineer who forgot a semicolon."},
	{"person-failure", "It turned out that a team member had misconfigured the load balancer."},
	{"passive-agent", "The error was made by a developer who was working late."},
	{"slow-response", "The engineer on duty was slow to respond."},
	{"vague-action", "Train engineers on proper configuration management."},
	{"vague-area", "Conduct thorough code reviews before every deployment."},
	{"vague-area", "The deployment process lacked proper checks."},
	{"vague-area", "Implement a more robust testing process."},
	{"", "Have people who have never followed the steps practise them."},
	{"person-failure", "We shipped the plugins. Also failed to verify that the errors were readable."},
	{"", "Failed to verify certificate chain for the mirror."},
	{"", "The engineer who stayed late restored the replica."},
	{"", "The error was made visible by the new dashboard."},
	{"", "We did thorough testing before the release."},
	{"", "Bob had restarted the pod before the alert fired."},
	{"", "The nurse on shift answered the page."},
	{"", "If Sam hadn't checked the logs, we would never have found it."},
	{"passive-counterfactual", "We might have noticed sooner if we had been watching the graphs."},
	{"vague-factor", "We weren't careful enough with the migration."},
	{"person-failure", "We didn't learn from the previous outage."},
	{"person-failure", "This is the second time this year we've made this mistake."},
	{"self-judgement", "I take full ownership of this mistake."},
	{"blame-labels", "We are ashamed that this slipped through."},
	{"", "Bob might have restarted it before the alert; the logs are unclear."},
	{"", "We didn't learn about the outage until Monday."},
	{"", "We take ownership of the billing service from next month."},
	{"culprit-who", "Who thought this was a good idea?"},
	{"team-missed", "How did nobody notice this for a week?"},
	{"hindsight-obvious", "How could anyone miss something this obvious?"},
	{"blame-labels", "What were they thinking?"},
	{"punitive-consequence", "The developer involved will be held accountable."},
	{"punitive", "Access for the person responsible has been revoked."},
	{"punitive", "This will be noted in their performance review."},
	{"", "Who thought of adding the retry? It saved us."},
	{"", "Dana will lose access when the contract ends."},
	{"", "The people involved met on Tuesday to write this up."},
	{"", "How did the team notice the spike so fast?"},
	{"person-failure", "Bob mistook the staging host for production."},
	{"unsafe-action", "The intern deleted the production database."},
	{"", "The noisy alert made the operator put the focus in the wrong place."},
	{"", "The operator ran the right command on the wrong host, which looked identical."},
	{"", "We merged without review because the bot marked the change as trivial."},
	{"", "The cleanup job deleted the production snapshot after 30 days."},
	{"", "The on-call removed the production node from the pool at 09:10."},
	{"person-failure", "Bob overrode the safety check."},
	{"person-failure", "The DBA bypassed the canary stage."},
	{"person-failure", "The engineer dismissed the warning as noise."},
	{"", "Bob dismissed the dialog and carried on."},
	{"", "The environment variable overrode the default timeout."},
	{"", "The new route bypassed the canary stage by design."},
	{"blame-labels", "I felt like the worst engineer in the world."},
	{"blame-labels", "I didn't think twice before hitting enter."},
	{"blame-labels", "I was in a rush to get home."},
	{"blame-labels", "Stupidly, I assumed the backup was recent."},
	{"", "I typed the command into the wrong window and closed it again."},
	{"", "The worst case is a full disk on the primary."},
	// Hindsight and vague actions.
	{"vague-area", "- Update documentation."},
	{"vague-action", "- Be more proactive about capacity."},
	{"vague-action", "- Foster a culture of testing."},
	{"vague-action", "- Encourage engineers to ask for help."},
	{"vague-area", "- Review and improve our runbooks."},
	{"diligence-call", "- Double-check configurations before deploying."},
	{"vague-action", "- Follow best practices."},
	{"vague-action", "- Make the process more robust."},
	{"vague-area", "- Tighten our change management."},
	{"", "It would let the team respond to the update process in time."},
	{"", "- Add alert: disk_used_percent > 85 for 10m on db-*, pages @storage."},
	{"", "- Add a canary stage to the deploy pipeline (TICKET-123)."},
	{"", "- Write a unit test for the sender balance after transfer."},
	{"", "- Update the failover runbook with the DNS step."},
	{"", "We updated the documentation for the restore path."},
	{"", "We changed the config to allow for more error logging."},
	{"", "We are committed to rebuilding trust through dedication and improved practices."},
	{"vague-area", "- Add more e2e tests."},
	{"", "- Update tests after the array size changes."},
	{"", "- Update \"Testing and CI\" in the contributor guide."},
	{"hindsight-adverb", "- obviously adding the init check to stop a second call"},
	{"hindsight-obvious", "The signs were there for weeks."},
	{"hindsight-obvious", "It should have been clear that the queue was backing up."},
	{"hindsight-obvious", "Now it seems obvious that the two changes conflicted."},
	{"hindsight-marker", "With 20/20 hindsight, the warning signs were obvious."},
	{"", "With hindsight we can now see how the alerts lined up."},
	{"", "The status page was there for customers to check."},
	{"vague-area", "Strengthen code review processes."},
	{"vague-area", "Enhance real-time monitoring."},
	{"vague-area", "Conduct regular training sessions."},
	{"", "We improved the release process for the app by adding a canary stage."},
	{"", "Additional monitoring on queue depth is now in place."},
	{"", "**Enhanced monitoring**: alert when block time exceeds 12 seconds."},
	{"", "At our regular review meeting on Monday we went over it."},
	{"", "Additional documentation is available in the operator guide."},
	{"", "Mark additional tests as flaky on the ARM runners."},
	{"", "Short inputs are not triggering additional code coverage."},
	{"vague-area", "Establish a more rigorous review process."},
	{"vague-area", "We will implement stricter controls."},
	{"vague-action", "Review processes will be strengthened."},
	{"vague-action", "Make sure the team follows the runbook."},
	{"blame-labels", "Mistakes were made during the migration."},
	{"passive-counterfactual", "The vulnerability could have been detected during the audit."},
	{"passive-counterfactual", "If tested properly, the patch would not have broken login."},
	{"care-skipped", "The contract was deployed to mainnet without an audit."},
	{"", "Implement stricter controls and automated checks for load balancer config changes."},
	{"", "A few additional safeguards will be put in place:\n- a second signer for upgrades"},
}

// askingRules give the facilitator a question for the room with each flag.
var askingRules = map[string]bool{"passive-counterfactual": true, "care-skipped": true,
	"self-judgement": true, "graded-decision": true, "passive-agent": true, "work-graded": true}

// TestRecallShapes checks each shape is flagged by its rule, with a
// question for the room, and each look-alike by nothing.
func TestRecallShapes(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	for _, s := range recallShapes {
		fs := c.Check(s.text)
		if s.rule == "" {
			if len(fs) > 0 {
				t.Errorf("%q: want nothing, got %s", s.text, describe(fs))
			}
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule != s.rule {
				continue
			}
			found = true
			if f.Question == "" && askingRules[s.rule] {
				t.Errorf("%q: %s has no question for the room", s.text, f.Rule)
			}
		}
		if !found {
			t.Errorf("%q: want %s, got %s", s.text, s.rule, describe(fs))
		}
	}
}

// TestRecallRewrites takes every rewrite offered on the shapes above and
// checks it reads as a statement a team would publish and is not flagged
// again by the rule that offered it.
func TestRecallRewrites(t *testing.T) {
	c := NewChecker(DefaultRules(), nil)
	n := 0
	for _, s := range recallShapes {
		for _, f := range c.Check(s.text) {
			if f.Replacement == "" {
				continue
			}
			n++
			got := f.Apply(s.text)
			if msg := rewriteProblem(s.text, got, f); msg != "" {
				t.Errorf("%s: %s\n  note:    %s\n  rewrite: %s", f.Rule, msg, s.text, got)
			}
			if askingRules[f.Rule] && hasRule(c.Check(got), f.Rule) {
				t.Errorf("%s flags its own rewrite %q", f.Rule, got)
			}
		}
	}
	if n < 3 {
		t.Errorf("only %d rewrites on the shapes", n)
	}
}
