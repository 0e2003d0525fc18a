#include "COpenCC.h"
#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/DictGroup.hpp>
#include <opencc/Lexicon.hpp>
#include <opencc/MaxMatchSegmentation.hpp>
#include <opencc/Segmentation.hpp>
#include <opencc/Segments.hpp>
#include <opencc/UTF8Util.hpp>
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace {


// OpenCC's dictionaries answer a prefix query through a marisa trie, about
// 400 ms for 1 MB through s2twp; the reader needs under 50. So each
// dictionary's entries are copied once into tables indexed by the first two
// code points, and matched exactly as OpenCC matches: the longest key of
// the first dictionary of a group that has one.
uint32_t decode(const unsigned char *p, size_t left, size_t &length) {
    unsigned char b = p[0];
    size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (n > left) n = left;
    length = n;
    if (n == 1) return b;
    uint32_t v = b & (0x7F >> n);
    for (size_t i = 1; i < n; i++) v = v << 6 | (p[i] & 0x3F);
    return v;
}

struct Entry {
    std::string key;
    std::string value;
};

class FastDict {
    struct Bucket {
        bool hasSingle = false;
        bool hasLonger = false;
        std::string single;  // the value of the one-character key
    };
    // Keys of two characters or more, by their first two code points in an
    // open-addressing table: each slot names its keys in `entries`, longest first.
    struct Slot {
        uint64_t pair = 0;  // 0: empty (no key starts with NUL)
        uint32_t begin = 0, end = 0;
    };
    std::vector<uint32_t> first;  // code point -> bucket index + 1
    // One bit per code point that starts a key: most characters start no key
    // of most dictionaries, and this answers from a few kilobytes of cache.
    std::vector<uint64_t> starts;
    std::vector<Bucket> buckets;
    std::vector<Slot> slots;
    std::vector<Entry> entries;
    int shift = 64;

    static uint64_t pairOf(uint32_t c1, uint32_t c2) { return uint64_t(c1) << 32 | c2; }
    size_t slotOf(uint64_t pair) const { return shift >= 64 ? 0 : size_t((pair * 0x9E3779B97F4A7C15ULL) >> shift); }

public:
    explicit FastDict(const opencc::Dict &dict) {
        std::unordered_map<uint64_t, std::vector<Entry>> longer;
        for (const auto &entry : *dict.GetLexicon()) {
            const std::string &key = entry->Key();
            if (key.empty()) continue;
            auto bytes = reinterpret_cast<const unsigned char *>(key.data());
            size_t l1 = 0;
            uint32_t c1 = decode(bytes, key.size(), l1);
            if (c1 >= first.size()) first.resize(c1 + 1, 0);
            if (first[c1] == 0) {
                if ((c1 >> 6) >= starts.size()) starts.resize((c1 >> 6) + 1, 0);
                starts[c1 >> 6] |= uint64_t(1) << (c1 & 63);
                buckets.emplace_back();
                first[c1] = static_cast<uint32_t>(buckets.size());
            }
            Bucket &bucket = buckets[first[c1] - 1];
            if (l1 == key.size()) {
                // OpenCC's lexicon is sorted and unique; were a key twice, keep the first.
                if (!bucket.hasSingle) { bucket.hasSingle = true; bucket.single = entry->GetDefault(); }
                continue;
            }
            size_t l2 = 0;
            uint32_t c2 = decode(bytes + l1, key.size() - l1, l2);
            bucket.hasLonger = true;
            longer[pairOf(c1, c2)].push_back(Entry{key, entry->GetDefault()});
        }
        size_t capacity = 1;
        shift = 64;
        while (capacity < longer.size() * 2 + 1) { capacity <<= 1; shift--; }
        slots.assign(capacity, Slot());
        for (auto &group : longer) {
            // Equal lengths never both match, so their order does not matter.
            std::sort(group.second.begin(), group.second.end(),
                      [](const Entry &a, const Entry &b) { return a.key.size() > b.key.size(); });
            size_t i = slotOf(group.first);
            while (slots[i].pair != 0) i = (i + 1) & (capacity - 1);
            slots[i].pair = group.first;
            slots[i].begin = static_cast<uint32_t>(entries.size());
            for (auto &e : group.second) entries.push_back(std::move(e));
            slots[i].end = static_cast<uint32_t>(entries.size());
        }
    }

    // The longest key `p` starts with: its length and value, or false.
    bool match(const unsigned char *p, size_t left, size_t &length, const std::string *&value) const {
        size_t l1 = 0;
        uint32_t c1 = decode(p, left, l1);
        if ((c1 >> 6) >= starts.size() || !(starts[c1 >> 6] >> (c1 & 63) & 1)) return false;
        const Bucket &bucket = buckets[first[c1] - 1];
        if (l1 < left && bucket.hasLonger) {
            size_t l2 = 0;
            uint64_t pair = pairOf(c1, decode(p + l1, left - l1, l2));
            size_t mask = slots.size() - 1;
            for (size_t i = slotOf(pair); slots[i].pair != 0; i = (i + 1) & mask) {
                if (slots[i].pair != pair) continue;
                for (uint32_t k = slots[i].begin; k < slots[i].end; k++) {
                    const Entry &e = entries[k];
                    if (e.key.size() <= left && std::memcmp(p, e.key.data(), e.key.size()) == 0) {
                        length = e.key.size();
                        value = &e.value;
                        return true;
                    }
                }
                break;
            }
        }
        if (!bucket.hasSingle) return false;
        length = l1;
        value = &bucket.single;
        return true;
    }
};

// A dictionary or a group of them, as a conversion step or the segmentation uses it.
// OpenCC loads a dictionary file once per configuration and shares it
// (s2twp segments with STPhrases and converts with it too), so its table is
// built once, keyed by OpenCC's object.
typedef std::map<const opencc::Dict *, std::shared_ptr<FastDict>> FastDicts;

struct FastGroup {
    std::vector<std::shared_ptr<FastDict>> dicts;

    FastGroup(const opencc::DictPtr &dict, FastDicts &built) { add(dict, built); }

    void add(const opencc::DictPtr &dict, FastDicts &built) {
        if (auto group = std::dynamic_pointer_cast<opencc::DictGroup>(dict)) {
            for (const auto &member : group->GetDicts()) add(member, built);
            return;
        }
        auto &fast = built[dict.get()];
        if (!fast) fast = std::make_shared<FastDict>(*dict);
        dicts.push_back(fast);
    }

    // The longest key of the first member, from `from` on, that has one.
    bool match(const unsigned char *p, size_t left, size_t &length, const std::string *&value, size_t from = 0) const {
        for (size_t i = from; i < dicts.size(); i++)
            if (dicts[i]->match(p, left, length, value)) return true;
        return false;
    }
};

struct FastConverter {
    std::unique_ptr<FastGroup> segmentation;
    std::vector<std::unique_ptr<FastGroup>> steps;
    // The first step's first dictionary is the segmentation's own (OpenCC's
    // phrase configurations all are): a segment that is a key converts to
    // that key's value, and no key of it starts inside a run between keys,
    // so the first step need not look it up again.
    bool firstStepReusesSegmentation = false;
};

// An opened configuration, or why it could not be opened. Opening loads
// dictionaries (tens of milliseconds), so each is opened once; a Converter
// is immutable afterwards and safe to share between threads.
struct Opened {
    opencc::ConverterPtr converter;
    std::unique_ptr<FastConverter> fast;
    std::string error;
};

const Opened &open(const char *config) {
    static std::mutex lock;
    static std::map<std::string, Opened> opened;
    std::lock_guard<std::mutex> guard(lock);
    auto found = opened.find(config);
    if (found != opened.end()) return found->second;
    Opened entry;
    try {
        opencc::Config loader;
        entry.converter = loader.NewFromFile(config);
        auto segmentation = std::dynamic_pointer_cast<opencc::MaxMatchSegmentation>(entry.converter->GetSegmentation());
        if (!segmentation) throw std::runtime_error("segmentation is not maximal match");
        entry.fast.reset(new FastConverter);
        FastDicts built;
        entry.fast->segmentation.reset(new FastGroup(segmentation->GetDict(), built));
        for (const auto &conversion : entry.converter->GetConversionChain()->GetConversions())
            entry.fast->steps.emplace_back(new FastGroup(conversion->GetDict(), built));
        const auto &fast = *entry.fast;
        entry.fast->firstStepReusesSegmentation = fast.segmentation->dicts.size() == 1 && !fast.steps.empty() &&
                                                  fast.steps[0]->dicts.front() == fast.segmentation->dicts.front();
    } catch (const std::exception &e) {
        entry.error = std::string(config) + ": " + e.what();
    } catch (...) {
        entry.error = std::string(config) + ": OpenCC could not open it";
    }
    return opened.emplace(config, std::move(entry)).first->second;
}

char *copy(const std::string &s) {
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out) std::memcpy(out, s.c_str(), s.size() + 1);
    return out;
}

typedef std::vector<std::pair<size_t, size_t>> Points;

// One conversion step over one segment, as opencc::Conversion::Convert does
// it (the longest dictionary prefix, else one character as is), into `out`
// (reused, so a segment costs no allocation), with where each piece starts
// in the step's input and output when `points` is given.
void step(const FastGroup &dict, const unsigned char *in, size_t size, std::string &out, Points *points,
          size_t fromMember = 0) {
    out.clear();
    if (points) points->clear();
    const unsigned char *p = in, *end = in + size;
    while (p < end) {
        if (points) points->emplace_back(p - in, out.size());
        size_t left = end - p, length = 0;
        const std::string *value = nullptr;
        if (dict.match(p, left, length, value, fromMember)) {
            out += *value;
        } else {
            decode(p, left, length);
            out.append(reinterpret_cast<const char *>(p), length);
        }
        p += length;
    }
    if (points) points->emplace_back(size, out.size());
}

// Where a segment ends and, when it is a key, the key's value (null for a
// run of characters between keys).
struct Segment {
    size_t end;
    const std::string *value;
};

// Segments as opencc::MaxMatchSegmentation finds them: a key of the
// dictionary is a segment, and so is each run of characters between keys.
std::vector<Segment> segment(const FastGroup &dict, const char *input, size_t length) {
    std::vector<Segment> ends;
    auto start = reinterpret_cast<const unsigned char *>(input);
    const unsigned char *p = start, *end = start + length;
    bool inRun = false;
    while (p < end) {
        size_t left = end - p, matched = 0;
        const std::string *value = nullptr;
        if (dict.match(p, left, matched, value)) {
            if (inRun) ends.push_back({size_t(p - start), nullptr});
            inRun = false;
            p += matched;
            ends.push_back({size_t(p - start), value});
        } else {
            decode(p, left, matched);
            p += matched;
            inRun = true;
        }
    }
    if (inRun) ends.push_back({length, nullptr});
    return ends;
}

size_t scalars(const unsigned char *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += (p[i] & 0xC0) != 0x80;
    return count;
}

// Composes `first` (a -> b) with `second` (b -> c): the points where both are exact.
// `both` is the caller's, reused, so a segment costs no allocation.
void compose(const Points &first, const Points &second, Points &both) {
    both.clear();
    size_t j = 0;
    for (const auto &point : first) {
        while (j < second.size() && second[j].first < point.second) j++;
        if (j < second.size() && second[j].first == point.second) both.emplace_back(point.first, second[j].second);
    }
}

}  // namespace

extern "C" char *yuedu_opencc_convert(const char *config, const char *input, size_t length) {
    const Opened &opened = open(config);
    if (!opened.converter) return nullptr;
    try {
        return copy(opened.converter->Convert(std::string(input, length)));
    } catch (...) {
        return nullptr;
    }
}

extern "C" void yuedu_opencc_free(char *converted) { std::free(converted); }

extern "C" int yuedu_opencc_convert_mapped(const char *config, const char *input, size_t length, int with_points,
                                           yuedu_opencc_mapped *result, char **error) {
    *result = yuedu_opencc_mapped{nullptr, 0, nullptr, 0};
    if (error) *error = nullptr;
    const Opened &opened = open(config);
    if (!opened.converter) {
        if (error) *error = copy(opened.error);
        return -1;
    }
    try {
        // What opencc::Converter::Convert does: segment the whole text once,
        // then run every conversion of the chain over each segment.
        const FastConverter &fast = *opened.fast;
        std::string out;
        out.reserve(length + length / 4);
        Points all, stepPoints, exact, composed;
        std::string buffers[2];
        bool lastLinear = false;
        size_t in = 0;
        auto bytes = reinterpret_cast<const unsigned char *>(input);
        for (const Segment &piece : segment(*fast.segmentation, input, length)) {
            size_t segmentEnd = piece.end;
            const unsigned char *text = bytes + in;
            size_t size = segmentEnd - in;
            int next = 0;
            exact.clear();
            if (with_points && fast.steps.empty()) {
                exact.emplace_back(0, 0);
                exact.emplace_back(size, size);
            }
            for (size_t k = 0; k < fast.steps.size(); k++) {
                if (k == 0 && fast.firstStepReusesSegmentation && piece.value) {
                    buffers[next] = *piece.value;  // the whole segment is one key
                    if (with_points) {
                        stepPoints.clear();
                        stepPoints.emplace_back(0, 0);
                        stepPoints.emplace_back(size, piece.value->size());
                    }
                } else {
                    size_t from = k == 0 && fast.firstStepReusesSegmentation ? 1 : 0;
                    step(*fast.steps[k], text, size, buffers[next], with_points ? &stepPoints : nullptr, from);
                }
                if (with_points && k == 0) {
                    exact.swap(stepPoints);
                } else if (with_points) {
                    compose(exact, stepPoints, composed);
                    exact.swap(composed);
                }
                text = reinterpret_cast<const unsigned char *>(buffers[next].data());
                size = buffers[next].size();
                next = 1 - next;
            }
            size_t outStart = out.size();
            out.append(reinterpret_cast<const char *>(text), size);
            if (with_points) {
                if (all.empty()) all.emplace_back(0, 0);
                auto converted = reinterpret_cast<const unsigned char *>(out.data());
                for (size_t i = 1; i < exact.size(); i++) {
                    size_t inFrom = in + exact[i - 1].first, inTo = in + exact[i].first;
                    size_t outFrom = outStart + exact[i - 1].second, outTo = outStart + exact[i].second;
                    // Most pieces keep their number of characters; a run of them needs
                    // no points inside: only where lengths change do points matter.
                    bool linear = scalars(bytes + inFrom, inTo - inFrom) == scalars(converted + outFrom, outTo - outFrom);
                    if (linear && lastLinear) all.back() = {inTo, outTo};
                    else all.emplace_back(inTo, outTo);
                    lastLinear = linear;
                }
            }
            in = segmentEnd;
        }
        if (!with_points) all = {{0, 0}, {length, out.size()}};
        if (all.empty()) all.emplace_back(0, 0);
        result->text = copy(out);
        result->length = out.size();
        result->points = static_cast<yuedu_opencc_point *>(std::malloc(sizeof(yuedu_opencc_point) * all.size()));
        if (!result->text || !result->points) {
            yuedu_opencc_mapped_free(result);
            if (error) *error = copy("out of memory");
            return -1;
        }
        for (size_t i = 0; i < all.size(); i++) result->points[i] = {all[i].first, all[i].second};
        result->count = all.size();
        return 0;
    } catch (const std::exception &e) {
        if (error) *error = copy(std::string(config) + ": " + e.what());
        return -1;
    }
}

extern "C" void yuedu_opencc_mapped_free(yuedu_opencc_mapped *result) {
    std::free(result->text);
    std::free(result->points);
    *result = yuedu_opencc_mapped{nullptr, 0, nullptr, 0};
}
