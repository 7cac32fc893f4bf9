"""A generic 3D head for pose estimation: the 68 dlib landmarks in millimetres.

Head pose is a perspective fit (`cv2.solvePnP`) of this model to the 68 landmarks. A six-point
model (nose, chin, eye and mouth corners, proportions from a tutorial) read 16 to 22 degrees on
press photos that look straight, and made yaw about 1.5 times too large.

This model was derived from data, not from a drawing: the landmarks of the 660 faces in
`../shared/faces/lfw` (news photos of 200 people, in many poses), centred and scaled, factorised
into camera motion and one rigid shape (rank 3, Tomasi and Kanade 1992, with the metric upgrade
for scaled orthographic cameras) by `derive_head_model`; the shape was then put in the face's own
frame (x along the eye line, y from the chin to the nose bridge, z out of the face), mirrored and
averaged with itself so it is exactly symmetric, and scaled so the outer eye corners are 90 mm
apart. Depth is what a factorisation gets least well from photos that are mostly frontal: it came
out about 1.5 times deeper than adult anthropometry (outer eye corners 71 mm behind the nose tip
against about 40 to 45 mm), so z was scaled by 0.65. Last, "pitch 0" was set to the median
pitch of those photos (the model was turned 18 degrees about x), so that a face looking level
at a camera at face height reads about 0.

On the LFW photos the fit gives yaw sd 15 degrees, pitch sd 8 degrees (the six-point model:
23 and 9.5, pitch offset -3.5). On the press photos of `../shared/faces`, faces that look straight
read under 14 degrees and faces turned by 20 degrees or more read 17 to 29 degrees of yaw.

x grows to the image's right, y upwards, z towards the camera; origin at the nose tip (30).
"""

from __future__ import annotations

import numpy as np

HEAD_MODEL_68 = np.array(
    [
    (-76.9, 30.9, -89.9), (-76.3, 11.5, -90.3), (-74.5, -8.0, -91.9),
    (-71.0, -27.3, -92.6), (-63.7, -45.2, -88.4), (-52.0, -61.1, -80.2),
    (-37.0, -74.1, -69.6), (-19.7, -84.5, -59.2), (0.0, -87.6, -55.5),
    (19.7, -84.5, -59.2), (37.0, -74.1, -69.6), (52.0, -61.1, -80.2),
    (63.7, -45.2, -88.4), (71.0, -27.3, -92.6), (74.5, -8.0, -91.9),
    (76.3, 11.5, -90.3), (76.9, 30.9, -89.9), (-60.3, 46.1, -42.9),
    (-51.2, 54.3, -32.0), (-38.4, 57.1, -23.6), (-25.0, 55.5, -17.4),
    (-12.5, 50.7, -13.7), (12.5, 50.7, -13.7), (25.0, 55.5, -17.4),
    (38.4, 57.1, -23.6), (51.2, 54.3, -32.0), (60.3, 46.1, -42.9),
    (0.0, 36.6, -14.7), (0.0, 24.6, -10.2), (0.0, 12.5, -5.0),
    (0.0, 0.0, 0.0), (-15.2, -8.9, -21.3), (-8.0, -11.7, -18.0),
    (0.0, -13.9, -16.0), (8.0, -11.7, -18.0), (15.2, -8.9, -21.3),
    (-45.0, 33.7, -37.6), (-37.1, 37.9, -32.1), (-27.9, 37.9, -30.7),
    (-19.8, 32.7, -32.6), (-28.5, 31.1, -32.5), (-37.5, 31.1, -33.9),
    (19.8, 32.7, -32.6), (27.9, 37.9, -30.7), (37.1, 37.9, -32.1),
    (45.0, 33.7, -37.6), (37.5, 31.1, -33.9), (28.5, 31.1, -32.5),
    (-30.0, -34.3, -48.4), (-19.3, -28.8, -33.5), (-8.2, -26.7, -25.4),
    (0.0, -28.3, -24.3), (8.2, -26.7, -25.4), (19.3, -28.8, -33.5),
    (30.0, -34.3, -48.4), (19.8, -44.8, -40.3), (8.8, -49.3, -34.0),
    (0.0, -50.1, -32.8), (-8.8, -49.3, -34.0), (-19.8, -44.8, -40.3),
    (-25.5, -34.6, -46.5), (-8.3, -32.4, -28.0), (0.0, -33.1, -26.6),
    (8.3, -32.4, -28.0), (25.5, -34.6, -46.5), (8.5, -40.3, -32.4),
    (0.0, -41.2, -31.2), (-8.5, -40.3, -32.4),
    ],
    dtype=np.float64,
)

# dlib's point for each point's mirror image (jaw, brows, nose, eyes, mouth).
MIRROR_68 = (
    list(range(16, -1, -1))
    + list(range(26, 16, -1))
    + [27, 28, 29, 30, 35, 34, 33, 32, 31]
    + [45, 44, 43, 42, 47, 46, 39, 38, 37, 36, 41, 40]
    + [54, 53, 52, 51, 50, 49, 48, 59, 58, 57, 56, 55]
    + [64, 63, 62, 61, 60, 67, 66, 65]
)


def _metric_upgrade(motion: np.ndarray) -> np.ndarray:
    """Q with motion @ Q made of orthogonal, equal-length row pairs (scaled orthography)."""

    def coefficients(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.array(
            [
                a[0] * b[0],
                a[0] * b[1] + a[1] * b[0],
                a[0] * b[2] + a[2] * b[0],
                a[1] * b[1],
                a[1] * b[2] + a[2] * b[1],
                a[2] * b[2],
            ]
        )

    rows, rhs = [], []
    for first, second in zip(motion[0::2], motion[1::2], strict=True):
        rows += [coefficients(first, first) - coefficients(second, second),
                 coefficients(first, second)]
        rhs += [0.0, 0.0]
    rows.append(coefficients(motion[0], motion[0]))
    rhs.append(1.0)
    values = np.linalg.lstsq(np.array(rows), np.array(rhs), rcond=None)[0]
    gram = np.array(
        [
            [values[0], values[1], values[2]],
            [values[1], values[3], values[4]],
            [values[2], values[4], values[5]],
        ]
    )
    eigenvalues, vectors = np.linalg.eigh(gram)
    return np.asarray(vectors @ np.diag(np.sqrt(np.clip(eigenvalues, 1e-9, None))))


def derive_head_model(landmarks: np.ndarray) -> np.ndarray:
    """Rigid, symmetric 68-point shape (mm, before the depth scale and pitch reference above)
    from the (n, 68, 2) landmarks of many faces in different poses."""
    points = np.asarray(landmarks, dtype=np.float64)
    points = points - points.mean(axis=1, keepdims=True)
    points /= np.sqrt((points**2).sum(axis=2).mean(axis=1))[:, None, None]
    stacked = points.transpose(0, 2, 1).reshape(-1, 68)  # rows x0, y0, x1, y1, ...
    u, s, vt = np.linalg.svd(stacked, full_matrices=False)
    motion = u[:, :3] * np.sqrt(s[:3])
    shape = (np.linalg.inv(_metric_upgrade(motion)) @ (np.sqrt(s[:3])[:, None] * vt[:3])).T
    shape -= shape.mean(axis=0)
    pairs = [(i, j) for i, j in enumerate(MIRROR_68) if j > i]
    x = np.mean([shape[j] - shape[i] for i, j in pairs], axis=0)
    x /= np.linalg.norm(x)
    y = shape[27] - shape[8]
    y -= x * float(y @ x)
    y /= np.linalg.norm(y)
    shape = shape @ np.stack([x, y, np.cross(x, y)]).T
    if shape[30, 2] < shape[[36, 39, 42, 45], 2].mean():
        shape[:, 2] *= -1  # the nose points at the camera
    shape = (shape + shape[MIRROR_68] * np.array([-1.0, 1.0, 1.0])) / 2.0
    shape -= shape[30]
    return np.asarray(shape * (90.0 / (shape[45, 0] - shape[36, 0])))
