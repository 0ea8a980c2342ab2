#include "core/wav.h"

namespace core {
namespace {

void put(std::string& out, uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

}  // namespace

std::string wavHeader(int sampleRate, uint32_t frames) {
    constexpr uint32_t kChannels = 1, kBytesPerSample = 2;
    uint32_t dataBytes = frames * kChannels * kBytesPerSample;
    std::string h = "RIFF";
    put(h, 36 + dataBytes, 4);
    h += "WAVEfmt ";
    put(h, 16, 4);  // size of the format chunk
    put(h, 1, 2);   // PCM
    put(h, kChannels, 2);
    put(h, static_cast<uint32_t>(sampleRate), 4);
    put(h, static_cast<uint32_t>(sampleRate) * kChannels * kBytesPerSample, 4);  // bytes per second
    put(h, kChannels * kBytesPerSample, 2);                                     // bytes per frame
    put(h, 16, 2);                                                              // bits per sample
    h += "data";
    put(h, dataBytes, 4);
    return h;
}

void appendWavSamples(std::string& bytes, std::span<const int16_t> samples) {
    for (int16_t s : samples) put(bytes, static_cast<uint16_t>(s), 2);
}

}  // namespace core
