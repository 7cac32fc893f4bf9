"""The card portrait with a plain, even background: person segmentation by GrabCut.

At a regional site there is rarely a plain wall. The portrait is cut out in the ICAO frame
(`portrait.portrait_transform`) and the person is separated from the background with OpenCV's
GrabCut, seeded from the 68 landmarks: the face itself is certainly the person, an ellipse for the
hair and a trapezoid for neck and shoulders are probably the person, the top corners beside the
head are certainly background. GrabCut learns both colour models from these seeds and finds the
boundary (hair, ears, collar) between them. The background is then painted in one plain light
grey with a soft edge.

The same step removes the white wedges of an aligned crop that runs past the photo: those parts of
the frame are background by definition and get the plain colour. That only works when the head
itself is inside the photo; when it is not (a head cut by the photo's top edge, a photo ending at
the chin), the portrait is refused with a reason a person can act on.

GrabCut runs on a portrait scaled to 126x162 (its graph cut grows quickly with size: about 2 s
at half size on a busy photo, 63 ms median and 190 ms at most on the press photos at this size);
the mask is scaled up. GrabCut at that size misses detail at the edge and, seeded with the whole
head ellipse as "probably the person", keeps pockets of the wall beside the head (a logo, the red
of a step-and-repeat wall around the hair). So the edge is decided again at half size by colour:
a pixel near the edge goes when its colour is clearly one of the known wall's and unlike every
colour of the known person (`_refine`); only the part joined to the face is kept. Last, the
alpha edge is made soft over a few pixels from the local colours of person and wall, and the
old wall's colour is taken out of the edge pixels (`_soft_edge`), so hair is not cut out hard and
keeps no coloured fringe.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from biometrics.detect import Face
from biometrics.portrait import PORTRAIT_SIZE, head_height, portrait_transform

PLAIN_BACKGROUND = (222, 222, 222)  # RGB: plain light grey, ICAO "uniform, light-coloured"
_WORK_SCALE = 0.3
_ITERATIONS = 3
_MAX_HEAD_OUTSIDE = 0.01  # share of the head zone allowed to lie outside the photo
_MAX_BODY_OUTSIDE = 0.20  # share of the neck-and-shoulders zone (repeated edge beyond that)
_MIN_FACE_KEPT = 0.97  # share of the face hull the person mask must keep
_MAX_PERSON_SHARE = 0.90  # a mask covering nearly the whole frame found no background
_MIN_PERSON_SHARE = 0.20
_FEATHER_SIGMA = 1.5
_DEEP = 10.0  # px: this far inside (outside) the GrabCut mask, a colour is known person (wall)
_DEEP_BODY = 20.0  # px: deeper for the body, where a pocket of the wall can be wider
_EDGE_BAND = 8.0  # px inside the mask's edge whose colour is decided again
_BACKGROUND_RATIO = 0.65  # background when this much closer to its colours than the person's
_UNLIKE_PERSON = 12.0  # ... and at least this far (Lab) from every colour of the person
_PEELS = 3
_MAX_HOLE = 150  # px: a hole this small inside the person is a speck, not the wall
_REFINE_SCALE = 0.5  # the colours decide the mask's edge at half the portrait's size
_KERNEL = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))
_COLOURS = 6  # typical colours per part
_MAX_SAMPLES = 1500
_MIN_KNOWN = 200  # px of known person and background needed to decide by colour
_SOFT_BAND = 3.0  # px either side of the edge where alpha follows the colours
_LOCAL_SIGMA = 8.0  # px: reach of the local colours of wall and person at the edge
_COLOUR_SPREAD = 40.0  # RGB distance between person and wall from which the colour is trusted


@dataclass
class PortraitResult:
    """The card portrait and how it was made.

    `replaced`: the background was segmented and painted plain. `coverage`: share of the frame
    the photo covers. `refused`: why no clean portrait could be made (None when it could); the
    image is then the crop with its edges extended (never white wedges), for an officer's override.
    `outside`: frame pixels that lie outside the photo (True where they were filled in).
    """

    image: np.ndarray = field(repr=False)
    replaced: bool
    coverage: float
    refused: str | None = None
    outside: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), bool), repr=False)
    person: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32), repr=False)

    refused_for_frame: bool = False  # refused because the photo cuts into the head or body

    @property
    def ok(self) -> bool:
        return self.refused is None


def _warp(image: np.ndarray, matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    interpolation = cv2.INTER_AREA if matrix[0, 0] ** 2 + matrix[0, 1] ** 2 < 1 else cv2.INTER_CUBIC
    return cv2.warpAffine(image, matrix, size, flags=interpolation, borderMode=cv2.BORDER_REPLICATE)


def _outside(image_shape: tuple[int, ...], matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """True where a portrait pixel comes from outside the photo."""
    inside = cv2.warpAffine(
        np.full(image_shape[:2], 255, dtype=np.uint8),
        matrix,
        size,
        flags=cv2.INTER_NEAREST,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=0,
    )
    return np.asarray(inside == 0)


@dataclass(frozen=True)
class _Zones:
    """Seed regions in portrait pixels, from the landmarks mapped into the frame."""

    face: np.ndarray  # certainly the person
    core: np.ndarray  # the inner part of the head (face and hair): certainly the person
    head: np.ndarray  # face, hair and ears: probably the person
    body: np.ndarray  # neck and shoulders: probably the person
    background: np.ndarray  # beside and above the head: certainly background


def _zones(face: Face, matrix: np.ndarray, size: tuple[int, int]) -> _Zones:
    width, height = size
    points = face.landmarks.astype(np.float64) @ matrix[:, :2].T + matrix[:, 2]
    jaw, brows = points[:17], points[17:27]
    scale = float(np.hypot(matrix[0, 0], matrix[0, 1]))
    head = head_height(face) * scale
    chin_y = float(points[8, 1])
    crown_y = chin_y - head
    centre_x = float((points[36:48, 0]).mean())
    half_width = 0.5 * float(jaw[:, 0].max() - jaw[:, 0].min())

    face_mask = np.zeros((height, width), np.uint8)
    # the face up to the forehead: jaw line, and the brows raised by a third of the eye distance
    forehead = brows.copy()
    forehead[:, 1] -= 0.35 * float(np.linalg.norm(points[45] - points[36]))
    hull = cv2.convexHull(np.vstack([jaw, forehead]).astype(np.int32))
    cv2.fillConvexPoly(face_mask, hull, 1)
    face_zone = np.asarray(cv2.erode(face_mask, np.ones((5, 5), np.uint8))) > 0

    head_mask = np.zeros((height, width), np.uint8)
    centre = (round(centre_x), round((crown_y + chin_y) / 2))
    axes = (round(1.25 * half_width), round(0.55 * head))
    cv2.ellipse(head_mask, centre, axes, 0, 0, 360, 1, -1)

    body_mask = np.zeros((height, width), np.uint8)
    neck_top = chin_y - 0.1 * head
    shoulders = chin_y + 0.35 * head
    trapezoid = np.array(
        [
            (centre_x - 0.6 * half_width, neck_top),
            (centre_x + 0.6 * half_width, neck_top),
            (centre_x + 2.6 * half_width, shoulders),
            (centre_x + 2.8 * half_width, height),
            (centre_x - 2.8 * half_width, height),
            (centre_x - 2.6 * half_width, shoulders),
        ]
    )
    cv2.fillPoly(body_mask, [trapezoid.astype(np.int32)], 1)
    # the throat and the middle of the chest (collar, tie, scarf) are certainly the person
    chest = (
        slice(round(chin_y + 0.08 * head), height),
        slice(round(centre_x - 0.3 * half_width), round(centre_x + 0.3 * half_width)),
    )

    core_mask = np.zeros((height, width), np.uint8)
    cv2.ellipse(core_mask, (centre[0], round(centre[1] + 0.04 * head)),
                (round(0.9 * half_width), round(0.44 * head)), 0, 0, 360, 1, -1)
    core_mask[chest] = 1

    # Certainly background: above the crown and the top corners beside the head. Long hair may
    # fall beside the neck, so the sides lower down are left for GrabCut to decide.
    background = np.zeros((height, width), np.uint8)
    margin = 0.25 * head  # big or curly hair reaches well above the estimated crown
    background[: max(0, round(crown_y - margin))] = 1
    corner_bottom = round(chin_y - 0.3 * head)
    left = max(0, round(centre_x - 1.7 * half_width))
    right = min(width, round(centre_x + 1.7 * half_width))
    background[:corner_bottom, :left] = 1
    background[:corner_bottom, right:] = 1
    background &= 1 - head_mask
    return _Zones(face_zone, core_mask > 0, head_mask > 0, body_mask > 0, background > 0)


def _segment(portrait: np.ndarray, zones: _Zones) -> np.ndarray:
    """Hard person mask (0/1) by GrabCut on a small copy (`_WORK_SCALE`)."""
    height, width = portrait.shape[:2]
    size = (round(width * _WORK_SCALE), round(height * _WORK_SCALE))
    bgr = cv2.cvtColor(portrait, cv2.COLOR_RGB2BGR)
    small = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)

    def shrink(mask: np.ndarray) -> np.ndarray:
        return cv2.resize(mask.astype(np.uint8), size, interpolation=cv2.INTER_NEAREST) > 0

    # Pixels outside the photo hold the photo's edge, repeated; they take the seed of their zone
    # like any other pixel (a shirt repeated below the photo stays the person).
    seeds = np.full((size[1], size[0]), cv2.GC_PR_BGD, np.uint8)
    seeds[shrink(zones.head | zones.body)] = cv2.GC_PR_FGD
    seeds[shrink(zones.background)] = cv2.GC_BGD
    seeds[shrink(zones.core | zones.face)] = cv2.GC_FGD
    background_model = np.zeros((1, 65), np.float64)
    foreground_model = np.zeros((1, 65), np.float64)
    # GrabCut seeds its colour models by k-means from OpenCV's global random generator: fix it,
    # so the same photo always gives the same portrait. The rectangle is unused with a mask.
    cv2.setRNGSeed(17)
    cv2.grabCut(small, seeds, (0, 0, 1, 1), background_model, foreground_model, _ITERATIONS,
                cv2.GC_INIT_WITH_MASK)
    return ((seeds == cv2.GC_FGD) | (seeds == cv2.GC_PR_FGD)).astype(np.uint8)


def _scale_mask(mask: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A hard mask scaled up to `size`; a blur before the threshold rounds off the staircase
    the scaling would leave."""
    factor = size[0] / mask.shape[1]
    full = cv2.resize(mask.astype(np.float32), size, interpolation=cv2.INTER_LINEAR)
    full = cv2.GaussianBlur(full, (0, 0), 0.5 * factor)
    return (full > 0.5).astype(np.uint8)


def _keep_person(mask: np.ndarray, face: np.ndarray, max_hole: int | None = None) -> np.ndarray:
    """The part of `mask` joined to the face, with its holes filled (eyes, buttons, logos);
    with `max_hole`, only holes of up to that many pixels (a pocket of the wall stays open)."""
    count, labels = cv2.connectedComponents(mask, connectivity=4)
    if count > 2:
        face_labels = labels[face]
        keep = np.bincount(face_labels[face_labels > 0]).argmax() if face_labels.any() else 1
        mask = (labels == keep).astype(np.uint8)
    count, labels = cv2.connectedComponents(1 - mask, connectivity=4)
    border = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    holes = np.ones(count, bool)
    holes[0] = False
    holes[border] = False
    if max_hole is not None:
        holes &= np.bincount(labels.ravel(), minlength=count) <= max_hole
    mask[holes[labels]] = 1
    return mask


def _centres(samples: np.ndarray) -> np.ndarray:
    """A few typical colours of `samples` (k-means; deterministic, the generator is seeded)."""
    step = max(1, len(samples) // _MAX_SAMPLES)
    data = np.ascontiguousarray(samples[::step], dtype=np.float32)
    k = min(_COLOURS, len(data))
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 8, 1.0)
    cv2.setRNGSeed(17)
    labels = np.zeros((len(data), 1), np.int32)  # output only (no initial labels are used)
    _, _, centres = cv2.kmeans(data, k, labels, criteria, 1, cv2.KMEANS_PP_CENTERS)
    return np.asarray(centres, np.float32)


def _nearest(colours: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Distance of each colour to the nearest of `centres`."""
    d2 = (colours**2).sum(axis=1)[:, None] - 2.0 * colours @ centres.T + (centres**2).sum(axis=1)
    return np.sqrt(np.maximum(d2.min(axis=1), 0.0))


def _edge_distance(mask: np.ndarray) -> np.ndarray:
    """Distance inside `mask` to its edge, where the top and the sides of the frame count as
    edge too (the wall seen between strands of hair at the top edge); the bottom does not (the
    body goes on below the frame)."""
    padded = cv2.copyMakeBorder(mask, 1, 0, 1, 1, cv2.BORDER_CONSTANT, value=0)
    return np.asarray(cv2.distanceTransform(padded, cv2.DIST_L2, 3)[1:, 1:-1])


def _refine(portrait: np.ndarray, mask: np.ndarray, zones: _Zones) -> np.ndarray:
    """Decide the pixels at the edge of the GrabCut mask again by their colour: what it kept of
    the old background (a fringe of the wall around the hair, a logo beside the head) goes when
    its colour is clearly that of the known background and unlike any colour of the person.

    Known person: the face, the inner head (hair included) and the chest, and whatever lies deep
    inside the mask; each part gets its own typical colours, so a little hair is not outvoted by
    a lot of skin. Known background: whatever lies well outside the mask. The edge is peeled
    twice, so a pocket of background a little wider than the edge band goes too."""
    lab = cv2.cvtColor(portrait, cv2.COLOR_RGB2Lab).astype(np.float32)
    certain = zones.face | zones.core
    inside = cv2.distanceTransform(mask, cv2.DIST_L2, 3)
    outside = cv2.distanceTransform(1 - mask, cv2.DIST_L2, 3)
    deep, deep_body = _DEEP * _REFINE_SCALE, _DEEP_BODY * _REFINE_SCALE
    parts = [zones.face, zones.core & ~zones.face, (inside > deep) & zones.head & ~zones.core,
             (inside > deep_body) & ~zones.head]
    known_background = (outside > deep) | zones.background
    minimum = _MIN_KNOWN * _REFINE_SCALE**2
    if known_background.sum() < minimum:
        return mask
    person_colours = np.vstack([_centres(lab[part]) for part in parts if part.sum() >= minimum])
    background_colours = _centres(lab[known_background])
    refined = mask.copy()
    band = _EDGE_BAND * _REFINE_SCALE
    for _ in range(_PEELS):
        inside = _edge_distance(refined)
        candidates = (inside > 0) & (inside <= band) & ~certain
        colours = lab[candidates]
        to_person = _nearest(colours, person_colours)
        to_background = _nearest(colours, background_colours)
        wall = (to_background < _BACKGROUND_RATIO * to_person) & (to_person > _UNLIKE_PERSON)
        refined[candidates] = (~wall).astype(np.uint8)
        # drop specks and thin spurs of background
        refined = cv2.morphologyEx(refined, cv2.MORPH_OPEN, _KERNEL)
    refined |= zones.face.astype(np.uint8)
    # keep the person joined to the face; a pocket of the wall that was cut out stays open
    return _keep_person(refined, zones.face, round(_MAX_HOLE * _REFINE_SCALE**2))


def _local_mean(image: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Local mean colour of the pixels where `weight` is set (a normalised convolution, done at
    a quarter of the size: it only has to follow the colours of the wall and the hair)."""
    height, width = weight.shape
    size = (max(1, width // 4), max(1, height // 4))
    w = weight.astype(np.float32)
    small_w = cv2.GaussianBlur(cv2.resize(w, size, interpolation=cv2.INTER_AREA), (0, 0),
                               _LOCAL_SIGMA / 4)
    small = cv2.GaussianBlur(cv2.resize(image * w[..., None], size, interpolation=cv2.INTER_AREA),
                             (0, 0), _LOCAL_SIGMA / 4)
    mean = small / np.maximum(small_w, 1e-3)[..., None]
    return np.asarray(cv2.resize(mean, (width, height), interpolation=cv2.INTER_LINEAR), np.float32)


def _soft_edge(portrait: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Alpha (0..1) with a soft edge a few pixels wide, and the person's colours there with the
    old background taken out (so hair does not keep a fringe of the old wall).

    At the edge, a pixel is a mix of the person's colour F and the background's B nearby:
    alpha = (I - B).(F - B) / |F - B|^2, trusted in proportion to how far apart F and B are
    (dark hair in front of a dark wall falls back to the smoothed mask)."""
    image = portrait.astype(np.float32)
    inside = cv2.distanceTransform(mask, cv2.DIST_L2, 3)
    outside = cv2.distanceTransform(1 - mask, cv2.DIST_L2, 3)
    band = (inside <= _SOFT_BAND) & (outside <= _SOFT_BAND)
    smooth = cv2.GaussianBlur(mask.astype(np.float32), (0, 0), _FEATHER_SIGMA)
    alpha = smooth.copy()
    colour = image.copy()
    if not band.any():
        return alpha, portrait
    fg = _local_mean(image, inside > _SOFT_BAND)[band]
    bg = _local_mean(image, outside > _SOFT_BAND)[band]
    pixels = image[band]
    diff = fg - bg
    spread = (diff**2).sum(axis=1)
    by_colour = np.clip(((pixels - bg) * diff).sum(axis=1) / np.maximum(spread, 1.0), 0.0, 1.0)
    trust = spread / (spread + _COLOUR_SPREAD**2)
    prior = smooth[band]
    # the colour may move alpha only within the edge: no holes inside, no halo outside
    mixed = trust * by_colour + (1.0 - trust) * prior
    low = np.clip((inside[band] - 1.0) / _SOFT_BAND, 0.0, 1.0)  # deep inside: at least this
    high = np.clip(1.0 - (outside[band] - 1.0) / _SOFT_BAND, 0.0, 1.0)  # far out: at most this
    a = np.clip(mixed, low, high)
    alpha[band] = a
    alpha[~band] = mask[~band]
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.7)
    a = alpha[band]
    colour[band] = np.clip(pixels + (1.0 - a)[:, None] * diff, 0, 255)
    return np.clip(alpha, 0.0, 1.0), colour


def _head_cut(zones: _Zones, outside: np.ndarray) -> str | None:
    """Which edge of the photo cuts into the head (or the neck and shoulders), if any."""
    if (outside & zones.body).sum() > _MAX_BODY_OUTSIDE * max(int(zones.body.sum()), 1):
        return "bottom"
    head = zones.head
    lost = outside & head
    if lost.sum() <= _MAX_HEAD_OUTSIDE * max(int(head.sum()), 1):
        return None
    ys, xs = np.nonzero(lost)
    ys_head, xs_head = np.nonzero(head)
    centre_x, centre_y = xs_head.mean(), ys_head.mean()
    dx, dy = xs.mean() - centre_x, ys.mean() - centre_y
    if abs(dy) >= abs(dx):
        return "top" if dy < 0 else "bottom"
    return "left" if dx < 0 else "right"


def _paint(colour: np.ndarray, person: np.ndarray) -> np.ndarray:
    plain = np.empty(colour.shape, np.float32)
    plain[:] = PLAIN_BACKGROUND
    alpha = np.ascontiguousarray(person, np.float32)
    painted = cv2.blendLinear(np.ascontiguousarray(colour, np.float32), plain, alpha, 1.0 - alpha)
    return np.asarray(np.clip(painted + 0.5, 0, 255), np.uint8)


def portrait_with_plain_background(
    image: np.ndarray,
    face: Face,
    *,
    replace: bool = True,
    size: tuple[int, int] = PORTRAIT_SIZE,
) -> PortraitResult:
    """The ICAO portrait of `face`, with the background painted plain when `replace` is set or
    when the frame runs past the photo (the filled-in part must match the background)."""
    matrix = portrait_transform(face, size)
    portrait = _warp(image, matrix, size)
    outside = _outside(image.shape, matrix, size)
    coverage = 1.0 - float(outside.mean())
    zones = _zones(face, matrix, size)
    edge = _head_cut(zones, outside)
    if edge is not None:
        reason = {
            "top": "The photo ends too close above the head: leave space above the hair.",
            "bottom": "The photo ends too close below the chin: show the neck and shoulders.",
            "left": "The photo ends too close beside the head (left side): centre the face "
            "with space around it.",
            "right": "The photo ends too close beside the head (right side): centre the face "
            "with space around it.",
        }[edge]
        return PortraitResult(portrait, False, coverage, reason, outside, refused_for_frame=True)
    if not replace and not outside.any():
        return PortraitResult(portrait, False, coverage, None, outside)
    half = (round(size[0] * _REFINE_SCALE), round(size[1] * _REFINE_SCALE))
    half_zones = _zones(face, matrix * _REFINE_SCALE, half)
    coarse = _keep_person(_scale_mask(_segment(portrait, zones), half), half_zones.face)
    small = cv2.resize(portrait, half, interpolation=cv2.INTER_AREA)
    mask = _scale_mask(_refine(small, coarse, half_zones), size)
    person, colour = _soft_edge(portrait, mask)
    # outside the photo only the body may continue (its edge repeated), never the head or hair
    person[outside & ~zones.body] = 0.0
    share = float(person.mean())
    kept = float(person[zones.face].mean()) if zones.face.any() else 0.0
    if kept < _MIN_FACE_KEPT or not _MIN_PERSON_SHARE <= share <= _MAX_PERSON_SHARE:
        reason = (
            "The person could not be told apart from the background: stand in front of a "
            "plainer wall or in more even light."
        )
        return PortraitResult(portrait, False, coverage, reason, outside, person)
    return PortraitResult(_paint(colour, person), True, coverage, None, outside, person)
