#pragma once
// Files the app gives the user (backups, exports) and files the user gives the app (a backup to
// restore, a plan to import). On the desktop they are files in the user's documents folder; a
// platform without one (a browser) hands them over its own way: a download, a file picker.
#include <filesystem>
#include <functional>
#include <string>

namespace app {

class UserFiles {
public:
    virtual ~UserFiles() = default;
    // Where to write the file called `name` (a plain file name) that is for the user.
    virtual std::filesystem::path placeFor(const std::string& name) = 0;
    // How a message names where `file` is once handed over ("\"/home/a/Documents/x.json\"").
    virtual std::string shownAs(const std::filesystem::path& file) const = 0;
    // Hands over a file written for the user (at placeFor's path, or one of the app's own, like the
    // copy kept before a restore).
    virtual void handOver(const std::filesystem::path& file) = 0;
    // Where the user's data is kept, for Settings: the database's path on the desktop.
    virtual std::string whereDataIs(const std::filesystem::path& database) const { return database.string(); }
    // Where handed-over files go, to end "Backups go to …" (a folder, the browser's downloads).
    virtual std::string destination() const = 0;
    // Whether the platform prints pages itself (a browser prints a page, or saves it as PDF): then
    // the printable plan is shown as a page to print rather than written as a PDF file.
    virtual bool printsPages() const { return false; }
    virtual void showPrintPage(const std::string& /*html*/) {}
    // Whether the user can choose a file of theirs here. Not on the desktop, which has no file
    // dialog: its command line restores and imports (`steadfast restore FILE`).
    virtual bool canChoose() const { return false; }
    // Asks the user to choose a file (`accept`: ".db", ".json"). `chosen` is called later with a
    // path to read and the name to show for it, once the user has chosen (never if they cancel).
    using Chosen = std::function<void(const std::filesystem::path& file, const std::string& shownAs)>;
    virtual void choose(const std::string& accept, Chosen chosen);
};

// The desktop's: files are written straight into the documents folder and left there.
class DocumentsFolderFiles final : public UserFiles {
public:
    explicit DocumentsFolderFiles(std::filesystem::path folder) : folder_(std::move(folder)) {}
    std::filesystem::path placeFor(const std::string& name) override;  // creates the folder
    std::string shownAs(const std::filesystem::path& file) const override;  // the path, quoted
    void handOver(const std::filesystem::path&) override {}                // it is there already
    std::string destination() const override { return folder_.string(); }
    const std::filesystem::path& folder() const { return folder_; }

private:
    std::filesystem::path folder_;
};

}  // namespace app
