#pragma once
// 16-bit PCM WAV (RIFF) as bytes: what every player, phone and class laptop reads.
#include <cstdint>
#include <span>
#include <string>

namespace core {

// The 44-byte header for `frames` frames of mono 16-bit samples at `sampleRate`.
std::string wavHeader(int sampleRate, uint32_t frames);
// Appends samples little-endian, as WAV stores them.
void appendWavSamples(std::string& bytes, std::span<const int16_t> samples);

}  // namespace core
