#pragma once
// How a reminder reads on the screens: when it is due in a list row and on its own screen, what
// it follows, and each line of its history. Made when the lists are refreshed, never per frame.
#include <map>
#include <string>

#include "core/reminder.h"

namespace app {

// A kit item's expiry: remind this many days before; likewise a certificate's. Linked reminders
// fall due at kLinkedHour local time.
constexpr int kKitDaysBefore = 30;
constexpr int kCertificateDaysBefore = 60;
constexpr int kLinkedHour = 9;

// What every row's text needs about now, worked out once per refresh.
struct RowClock {
    core::TimePoint now;
    core::LocalDateTime tomorrow;
    int year;
    std::string tzid;
    static RowClock at(core::TimePoint now, const std::string& tzid);
};

// "Overdue · Sat, 1 Mar, 10:00", "Today, 18:00", "Snoozed until tomorrow, 09:00", "Tue, 4 Mar, 09:00".
std::string rowWhen(const core::Reminder& r, core::DueState state, const RowClock& clock);
// "Once", "Every month", "Every 2 weeks", "Second Saturday of every month": a repeat in words.
std::string describeRecurrence(const core::Recurrence& recurrence);
// The same for a stored RRULE; "Custom repeat" for a rule the editor cannot show as one.
std::string describeRRule(const std::string& rrule);
// "Every month", or what a linked reminder follows ("Kit expiry"); rules' texts are kept in `known`.
std::string rowRepeat(const core::Reminder& r, std::map<std::string, std::string>& known);
// "Due Tue, 4 Mar 2026, 09:00", "Overdue since …", "Snoozed until … (Due …)", "Done. It does not repeat."
std::string detailWhen(const core::Reminder& r, const std::string& tzid, core::TimePoint now);
// What a linked reminder follows and how it moves; "" for the user's own.
std::string linkText(const std::string& source);
// "Done Tue, 4 Mar, 09:10 · was due Tue, 4 Mar, 09:00".
std::string historyLine(const core::ReminderEvent& e, const std::string& tzid, core::TimePoint now);

}  // namespace app
