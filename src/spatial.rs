//! Distances, bearings and search boxes on the globe.
//!
//! Ranking uses geodesic distance on the WGS 84 ellipsoid (Karney's algorithm, from the
//! `geo` crate). Pruning thousands of candidates uses the cheaper haversine distance on a
//! sphere, which differs from the geodesic one by less than [`HAVERSINE_SLACK`]; callers
//! widen their cut-offs by that factor so no candidate is lost to the approximation.

use geo::{Bearing, Distance, Geodesic, Haversine, Point};

use crate::model::LatLon;

/// Mean earth radius used by [`haversine_m`] (IUGG), metres.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Half the earth's circumference: no two points are farther apart than this.
pub const HALF_CIRCUMFERENCE_M: f64 = std::f64::consts::PI * EARTH_RADIUS_M;

/// Upper bound of haversine / geodesic distance ratio (the sphere is off by < 0.56%).
pub const HAVERSINE_SLACK: f64 = 1.006;

fn pt(p: LatLon) -> Point<f64> {
    Point::new(p.lon, p.lat)
}

/// Geodesic distance in metres.
pub fn geodesic_m(a: LatLon, b: LatLon) -> f64 {
    Geodesic.distance(pt(a), pt(b))
}

/// Great-circle distance on a sphere in metres: fast, for pruning.
pub fn haversine_m(a: LatLon, b: LatLon) -> f64 {
    Haversine.distance(pt(a), pt(b))
}

/// Initial geodesic bearing from `a` to `b`, degrees clockwise from north in 0..360.
pub fn bearing_deg(a: LatLon, b: LatLon) -> f64 {
    let d = Geodesic.bearing(pt(a), pt(b));
    (d % 360.0 + 360.0) % 360.0
}

/// The eight compass directions, for "2.3 km north-east".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Compass {
    /// North.
    N,
    /// North-east.
    Ne,
    /// East.
    E,
    /// South-east.
    Se,
    /// South.
    S,
    /// South-west.
    Sw,
    /// West.
    W,
    /// North-west.
    Nw,
}

impl Compass {
    /// The nearest of the eight directions to a bearing.
    pub fn from_bearing(deg: f64) -> Compass {
        const ALL: [Compass; 8] = [
            Compass::N,
            Compass::Ne,
            Compass::E,
            Compass::Se,
            Compass::S,
            Compass::Sw,
            Compass::W,
            Compass::Nw,
        ];
        let i = (((deg % 360.0 + 360.0) % 360.0 + 22.5) / 45.0) as usize % 8;
        ALL[i]
    }

    /// Lower-case code (`ne`), also the suffix of its Fluent message id.
    pub fn code(self) -> &'static str {
        match self {
            Compass::N => "n",
            Compass::Ne => "ne",
            Compass::E => "e",
            Compass::Se => "se",
            Compass::S => "s",
            Compass::Sw => "sw",
            Compass::W => "w",
            Compass::Nw => "nw",
        }
    }
}

/// A latitude/longitude box (never crossing the antimeridian).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    /// South edge.
    pub min_lat: f64,
    /// North edge.
    pub max_lat: f64,
    /// West edge.
    pub min_lon: f64,
    /// East edge.
    pub max_lon: f64,
}

/// The boxes that together hold every point within `radius_m` (haversine) of `p`: one box,
/// or two when the circle crosses the antimeridian.
pub fn boxes_around(p: LatLon, radius_m: f64) -> Vec<BBox> {
    let ang = radius_m / EARTH_RADIUS_M;
    if ang >= std::f64::consts::PI {
        return vec![world()];
    }
    let dlat = ang.to_degrees();
    let min_lat = (p.lat - dlat).max(-90.0);
    let max_lat = (p.lat + dlat).min(90.0);
    // A circle that reaches a pole covers every longitude.
    if p.lat + dlat >= 90.0 || p.lat - dlat <= -90.0 {
        return vec![BBox {
            min_lat,
            max_lat,
            min_lon: -180.0,
            max_lon: 180.0,
        }];
    }
    let s = ang.sin() / p.lat.to_radians().cos();
    if s >= 1.0 {
        return vec![BBox {
            min_lat,
            max_lat,
            min_lon: -180.0,
            max_lon: 180.0,
        }];
    }
    let dlon = s.asin().to_degrees();
    let (w, e) = (p.lon - dlon, p.lon + dlon);
    if w < -180.0 {
        vec![
            BBox {
                min_lat,
                max_lat,
                min_lon: w + 360.0,
                max_lon: 180.0,
            },
            BBox {
                min_lat,
                max_lat,
                min_lon: -180.0,
                max_lon: e,
            },
        ]
    } else if e > 180.0 {
        vec![
            BBox {
                min_lat,
                max_lat,
                min_lon: w,
                max_lon: 180.0,
            },
            BBox {
                min_lat,
                max_lat,
                min_lon: -180.0,
                max_lon: e - 360.0,
            },
        ]
    } else {
        vec![BBox {
            min_lat,
            max_lat,
            min_lon: w,
            max_lon: e,
        }]
    }
}

/// The whole globe.
pub fn world() -> BBox {
    BBox {
        min_lat: -90.0,
        max_lat: 90.0,
        min_lon: -180.0,
        max_lon: 180.0,
    }
}

impl BBox {
    /// Whether `p` is inside (edges included).
    pub fn contains(&self, p: LatLon) -> bool {
        (self.min_lat..=self.max_lat).contains(&p.lat)
            && (self.min_lon..=self.max_lon).contains(&p.lon)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ll(lat: f64, lon: f64) -> LatLon {
        LatLon::new(lat, lon).unwrap()
    }

    #[test]
    fn distance_is_symmetric_and_close_to_known_value() {
        let lisbon = ll(38.72509, -9.1498);
        let porto = ll(41.14961, -8.61099);
        let d = geodesic_m(lisbon, porto);
        assert!((d - geodesic_m(porto, lisbon)).abs() < 1e-6);
        // Lisbon–Porto city centres are about 274 km apart.
        assert!((270_000.0..280_000.0).contains(&d), "{d}");
        let h = haversine_m(lisbon, porto);
        assert!(h / d < HAVERSINE_SLACK && d / h < HAVERSINE_SLACK);
    }

    #[test]
    fn bearing_names_the_direction() {
        let lisbon = ll(38.72509, -9.1498);
        let porto = ll(41.14961, -8.61099);
        assert_eq!(
            Compass::from_bearing(bearing_deg(lisbon, porto)),
            Compass::N
        );
        assert_eq!(
            Compass::from_bearing(bearing_deg(porto, lisbon)),
            Compass::S
        );
        assert_eq!(Compass::from_bearing(350.0), Compass::N);
        assert_eq!(Compass::from_bearing(44.0), Compass::Ne);
    }

    #[test]
    fn boxes_hold_every_point_of_the_circle() {
        for &(lat, lon) in &[
            (38.7, -9.1),
            (0.0, 179.9),
            (-45.0, -179.5),
            (89.0, 10.0),
            (16.7, 98.6),
        ] {
            let c = ll(lat, lon);
            for &r in &[1_000.0, 50_000.0, 800_000.0] {
                let boxes = boxes_around(c, r);
                for i in 0..72 {
                    let brg = i as f64 * 5.0;
                    let dest = geo::Destination::destination(&Haversine, pt(c), brg, r * 0.999);
                    let q = ll(dest.y(), dest.x());
                    assert!(
                        boxes.iter().any(|b| b.contains(q)),
                        "{c} r={r} bearing {brg}: {q} outside {boxes:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn antimeridian_circle_splits_into_two_boxes() {
        assert_eq!(boxes_around(ll(0.0, 179.9), 50_000.0).len(), 2);
        assert_eq!(
            boxes_around(ll(0.0, 0.0), HALF_CIRCUMFERENCE_M * 1.01),
            vec![world()]
        );
    }
}
